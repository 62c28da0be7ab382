// Search results and link previews show about 160 characters of a page's description.

const MAX_LENGTH = 160

/** The text as it is when it fits; otherwise its first 157 characters and "…". */
export function clipDescription(text: string): string {
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 3).trimEnd()}…` : text
}
