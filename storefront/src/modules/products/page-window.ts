/**
 * The page numbers a pager links, `null` standing for a gap: the first and last pages and the
 * current one's neighbours ("1 … 4 5 6 … 20"). A gap of one page shows that page instead.
 */
export function pageWindow(current: number, total: number): (number | null)[] {
  const wanted = [1, current - 1, current, current + 1, total].filter((p) => p >= 1 && p <= total)
  const pages = [...new Set(wanted)].sort((a, b) => a - b)
  const window: (number | null)[] = []
  for (const page of pages) {
    const previous = window.at(-1)
    if (typeof previous === "number" && page - previous === 2) window.push(page - 1)
    else if (typeof previous === "number" && page - previous > 2) window.push(null)
    window.push(page)
  }
  return window
}
