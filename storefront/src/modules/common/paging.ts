// Paging of the portal's lists (`?page=`), 1-based.

/** The page a query asks for: a whole number from 1, else 1. */
export function parsePage(raw: unknown): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === "string" && /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : 1
}

export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize))
}

/** A list's address with its filters, leaving out empty ones and the first page. */
export function listHref(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
