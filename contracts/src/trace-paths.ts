// Where the storefront's public trace pages live: the backend prints them (stamp sheets, e-mails) and
// the storefront links them, so both build them here.

/** The page a stamp's QR opens. */
export function stampTracePath(code: string): string {
  return `/trace/${encodeURIComponent(code)}`
}

/** The page of a batch, linked from the orders shipped from it. */
export function batchTracePath(batchId: string): string {
  return `/trace/lo/${encodeURIComponent(batchId)}`
}
