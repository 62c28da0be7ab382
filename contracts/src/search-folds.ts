import { foldVietnamese } from "./vietnamese"

/**
 * The dialect key of a text: folded, lower-case words in which the spellings shoppers confuse are
 * one form, so "sút sích", "xúc xích" and "xuc xichh" have the same key. Catalog search keeps the
 * key of each card's text and compares it with the key of the query (by trigram similarity), so a
 * spelling that follows the shopper's accent, or a doubled key on a phone, still finds the product.
 *
 * Per syllable: a doubled letter is one ("ongg" → "ong"); y is i ("Kỳ", "kì"), except in "ay" whose
 * vowel differs from "ai"; the initials tr → ch, x → s, and gi, r → d (said alike in the North, and
 * "giò" is also written "dio" or "rio"); the finals ng → n and c → t (said alike in the South:
 * "Sơn"/"sông", "lạt"/"lạc"). Folding twice changes nothing.
 */
export function dialectKey(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(syllableKey)
    .join(" ")
}

const collapseDoubles = (word: string) => word.replace(/([a-z])\1+/g, "$1")

/** The rules again until nothing changes: one may make another apply ("rdio" → "ddio" → "dio" → "do"). */
function syllableKey(word: string): string {
  const key = foldSyllable(word)
  return key === word ? key : syllableKey(key)
}

function foldSyllable(word: string): string {
  return (
    collapseDoubles(word)
      .replace(/(^|[^a])y/g, "$1i")
      .replace(/^tr/, "ch")
      .replace(/^x/, "s")
      .replace(/^r/, "d")
      // "gia", "gio", "giu" are d + vowel; in "gi", "gin", "giêng" the i is the vowel itself. Written
      // as heard, "giò" is also "dio" or "rio": an i before a, o or u after d is the i of gi.
      .replace(/^gi(?=[aou])/, "d")
      .replace(/^gi/, "di")
      .replace(/^di(?=[aou])/, "d")
      .replace(/ng$/, "n")
      .replace(/c$/, "t")
  )
}
