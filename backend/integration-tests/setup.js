const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// The test runner restores the database between tests behind the application's back, which a
// cached catalog page cannot know about (the app clears its cache on its own writes only).
process.env.CATALOG_CACHE_MS ??= "0"
