import { foldVietnamese } from "../../utils/vietnamese"

/** Folded, lower-case words: what catalog search matches "banh ram" or "duc tho" against. */
export function searchText(parts: (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(" ")).toLowerCase().replace(/\s+/g, " ").trim()
}

/** The words of a query as a card's search text holds them: folded, punctuation left out. */
export function searchWords(query: string): string[] {
  return searchText([query])
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}
