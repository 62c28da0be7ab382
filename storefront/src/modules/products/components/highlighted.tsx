import { highlightRanges } from "@ocop/contracts"

/** A text with the search query's words marked (<mark>), found as the catalog finds them: without diacritics, in dialect spellings. */
export default function Highlighted({ text, query }: { text: string; query: string | null | undefined }) {
  const ranges = query ? highlightRanges(text, query) : []
  if (!ranges.length) return text
  const parts: React.ReactNode[] = []
  let from = 0
  for (const { start, end } of ranges) {
    if (start > from) parts.push(text.slice(from, start))
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-100 text-inherit">
        {text.slice(start, end)}
      </mark>
    )
    from = end
  }
  if (from < text.length) parts.push(text.slice(from))
  return parts
}
