/** `%text%` for LIKE/ILIKE, with the pattern characters in the text matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, "\\$&")}%`
}
