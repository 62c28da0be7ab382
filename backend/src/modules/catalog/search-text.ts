import { foldVietnamese } from "../../utils/vietnamese"

/** Folded, lower-case words: what catalog search matches "banh ram" or "duc tho" against. */
export function searchText(parts: (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(" ")).toLowerCase().replace(/\s+/g, " ").trim()
}
