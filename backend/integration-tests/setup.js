const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// The test runner restores the database between tests behind the application's back, which a
// cached catalog page cannot know about (the app clears its cache on its own writes only).
process.env.CATALOG_CACHE_MS ??= "0"

// Like `pnpm start`, every test server signs logins with strong secrets of its own: a token signed with
// Medusa's public default must be refused (security.spec.ts).
const { randomBytes } = require("node:crypto")
process.env.JWT_SECRET ??= randomBytes(32).toString("hex")
process.env.COOKIE_SECRET ??= randomBytes(32).toString("hex")
