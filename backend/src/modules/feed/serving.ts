import { randomBytes } from "node:crypto"

/** 32 random bytes, URL-safe: the feed URL is its only secret. */
export const newFeedToken = () => randomBytes(32).toString("base64url")
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/
