// Runs once when a storefront server starts, before it serves.
export async function register() {
  // Several storefront processes share one Redis: one's expiry of cached reads reaches the others. Node
  // only (the edge runtime has no shared reads, nor TCP for Redis).
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.REDIS_URL) return
  const { startSharedReadPeers } = await import("@/lib/data/shared-read-peers")
  await startSharedReadPeers(process.env.REDIS_URL)
}
