import { randomBytes } from "node:crypto"
import path from "node:path"

/** 32 random bytes, URL-safe: the feed URL is its only secret. */
export const newFeedToken = () => randomBytes(32).toString("base64url")
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

/** Where feed files live: outside anything public, and kept across builds (pnpm start sets it under .data). */
export const feedsDir = () => path.resolve(process.env.FEEDS_DIR ?? ".feeds")
