import { dialectKey } from "./search-folds"
import { foldVietnamese } from "./vietnamese"

/** A piece of a text to mark: [start, end) in the text's own characters. */
export type TextRange = { start: number; end: number }

/** A character folded as search folds it (no diacritics, đ → d, lower case); a lone combining mark folds to "". */
const foldChar = (char: string) => foldVietnamese(char).toLowerCase()

const WORD = /[a-z0-9]+/g

/** The folded words of a text, each with where it starts and ends in the text as written. */
function foldedWords(text: string): { word: string; start: number; end: number }[] {
  // folded[i] came from text[origin[i]]; NFD text (marks as separate characters) maps too.
  let folded = ""
  const origin: number[] = []
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i])
    folded += f
    for (let k = 0; k < f.length; k++) origin.push(i)
  }
  const endOf = (foldedEnd: number) => (foldedEnd < origin.length ? origin[foldedEnd] : text.length)
  return [...folded.matchAll(WORD)].map((m) => ({
    word: m[0],
    start: origin[m.index],
    end: endOf(m.index + m[0].length),
  }))
}

/**
 * Where a text holds the words of a search query, to mark them: a word of the text that begins with a
 * query word, diacritics and case aside ("banh" marks "Bánh"; "ban" marks only "Bán" of it, as typed so
 * far), or that is the same word in a shopper's dialect spelling or with a doubled letter
 * (`dialectKey`: "sích" marks "xích", "ongg" marks "ong"), as the catalog found it. Sorted, not overlapping.
 */
export function highlightRanges(text: string, query: string): TextRange[] {
  const wanted = (foldVietnamese(query).toLowerCase().match(WORD) ?? []).map((word) => ({ word, key: dialectKey(word) }))
  if (!wanted.length) return []
  const ranges: TextRange[] = []
  for (const { word, start, end } of foldedWords(text)) {
    let marked = 0
    for (const q of wanted) {
      if (word.startsWith(q.word)) marked = Math.max(marked, q.word.length)
      else if (q.key && dialectKey(word) === q.key) marked = word.length
    }
    if (!marked) continue
    // Only the typed beginning of a longer word, counted back in the text's characters.
    let cut = end
    if (marked < word.length) {
      let length = 0
      cut = start
      while (length < marked) length += foldChar(text[cut++]).length
      while (cut < end && foldChar(text[cut]) === "") cut++ // its combining marks
    }
    ranges.push({ start, end: cut })
  }
  return ranges
}

/** Edits between two words (insert, delete, replace, swap two neighbours): how far a typo is. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
    }
  }
  return rows[a.length][b.length]
}

/** A typo of one edit in a short word (a syllable), two in a longer one; more is another word. */
const tolerated = (word: string) => (word.length <= 4 ? 1 : 2)

/**
 * What the shopper probably meant when the catalog found products only by likeness ("Có phải bạn muốn
 * tìm"): each word of the query replaced by the closest word of the found products' titles, written as
 * the title writes it, in lower case — the same word with diacritics, the same word in another dialect
 * spelling (`dialectKey`), or one a typo or two away (fewer edits first, then the word more titles
 * hold). A word with nothing close is kept. Null when the result reads, folded, as the query did:
 * nothing better to offer.
 */
export function didYouMean(query: string, titles: string[]): string | null {
  // By the word as written: "kéo" and "kẹo" fold alike but are different words.
  const candidates = new Map<string, { folded: string; titles: number }>()
  for (const title of titles) {
    for (const written of new Set(
      title
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
    )) {
      const known = candidates.get(written)
      if (known) known.titles++
      else candidates.set(written, { folded: foldVietnamese(written), titles: 1 })
    }
  }
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  if (!words.length) return null
  const meant = words.map((word) => {
    const folded = foldVietnamese(word)
    const key = dialectKey(word)
    let best: { written: string; distance: number; titles: number } | null = null
    for (const [written, { folded: candidate, titles: count }] of candidates) {
      const distance = candidate === folded || dialectKey(candidate) === key ? 0 : editDistance(folded, candidate)
      if (distance > tolerated(folded)) continue
      if (!best || distance < best.distance || (distance === best.distance && count > best.titles))
        best = { written, distance, titles: count }
    }
    return best?.written ?? word
  })
  const suggestion = meant.join(" ")
  return foldVietnamese(suggestion) === foldVietnamese(words.join(" ")) ? null : suggestion
}
