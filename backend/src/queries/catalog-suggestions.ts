import type { MedusaContainer } from "@medusajs/framework/types"
import { type CatalogSuggestions, dialectKey, editDistance, foldVietnamese } from "@ocop/contracts"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import type { NamedPlace } from "../modules/catalog/service"

/** A word folded (no diacritics, lower case) and its dialect key: what typed words are compared with. */
type Word = { word: string; key: string }

/** A named place with the words of its name, folded once for every keystroke that follows. */
export type IndexedPlace = NamedPlace & { words: Word[] }

/** How many producers and communes a suggestion list shows. */
const SHOWN = 3

/** The folded names of the list the catalog keeps, made once per list it reads. */
const indexed = new WeakMap<NamedPlace[], IndexedPlace[]>()

/** Folded words of a text with their dialect keys; `keys` remembers keys already made (names share most words). */
export const wordsOf = (text: string, keys = new Map<string, string>()): Word[] =>
  (
    foldVietnamese(text)
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  ).map((word) => {
    const key = keys.get(word) ?? dialectKey(word)
    keys.set(word, key)
    return { word, key }
  })

/** Every producer and commune with listed products, their names folded (see CatalogModuleService.listNamedPlaces). */
export async function namedPlaces(container: MedusaContainer): Promise<IndexedPlace[]> {
  const rows = await container.resolve<CatalogModuleService>(CATALOG_MODULE).listNamedPlaces()
  let places = indexed.get(rows)
  if (!places) {
    places = indexPlaces(rows)
    indexed.set(rows, places)
  }
  return places
}

/** The places with their names' words folded: a producer by its name, a commune by its own. */
export function indexPlaces(rows: NamedPlace[]): IndexedPlace[] {
  const keys = new Map<string, string>()
  return rows.map((row) => ({ ...row, words: wordsOf(row.facet === "producer" ? (row.label ?? row.value) : row.value, keys) }))
}

/** A short word (a syllable) forgives one typo, a longer one two, as catalog search does; two letters none. */
const tolerated = (word: string) => (word.length < 3 ? 0 : word.length <= 4 ? 1 : 2)

type WordMatch = "typed" | "like" | null

/** How a name's word answers a typed word: "typed" (it begins with it), "like" (a dialect spelling, a typo), or null. */
export function wordMatch(typed: Word, name: Word): WordMatch {
  if (name.word.startsWith(typed.word)) return "typed"
  if (name.key === typed.key) return "like"
  const typo = tolerated(typed.word)
  return typo > 0 && Math.abs(name.word.length - typed.word.length) <= typo && editDistance(name.word, typed.word) <= typo
    ? "like"
    : null
}

/**
 * How well a name answers the typed words: null unless every word is the beginning of one of the
 * name's words (diacritics and case aside), the same word in another dialect spelling, or a typo
 * away from one; else the number of words found as typed (more is better). `match` compares two words.
 */
export function nameMatch(name: Word[], typed: Word[], match: (typed: Word, name: Word, index: number) => WordMatch = wordMatch) {
  let asTyped = 0
  for (const [index, word] of typed.entries()) {
    let best: WordMatch = null
    for (const w of name) {
      best = match(word, w, index) ?? best
      if (best === "typed") break
    }
    if (best === null) return null
    if (best === "typed") asTyped++
  }
  return asTyped
}

/**
 * The producers and communes whose names hold the typed words or are like them: those holding more
 * words as typed first, then those with more listed products.
 */
export function placesLike(places: IndexedPlace[], typed: Word[]): Pick<CatalogSuggestions, "producers" | "communes"> {
  // Names share most of their words ("Cơ sở", "HTX", "Hương"): each distinct word is compared once per typed word.
  const seen = typed.map(() => new Map<string, WordMatch>())
  const match = (word: Word, name: Word, index: number) => {
    const known = seen[index].get(name.word)
    if (known !== undefined) return known
    const found = wordMatch(word, name)
    seen[index].set(name.word, found)
    return found
  }
  const found = (facet: NamedPlace["facet"]) =>
    places
      .filter((place) => place.facet === facet)
      .flatMap((place) => {
        const score = nameMatch(place.words, typed, match)
        return score === null ? [] : [{ place, score }]
      })
      .sort((a, b) => b.score - a.score || b.place.count - a.place.count || a.place.value.localeCompare(b.place.value, "vi"))
      .slice(0, SHOWN)
      .map(({ place }) => place)
  return {
    producers: found("producer").map((p) => ({ handle: p.value, name: p.label ?? p.value, count: p.count })),
    communes: found("commune").map((c) => ({ name: c.value, province: c.label, count: c.count })),
  }
}
