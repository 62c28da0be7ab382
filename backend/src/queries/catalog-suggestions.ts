import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type CatalogSuggestions, dialectKey, editDistance, foldVietnamese } from "@ocop/contracts"

/** A producer or commune that names at least one listed card, with how many. */
export type NamedPlace = { facet: "producer" | "commune"; value: string; label: string | null; count: number }

/** How many producers and communes a suggestion list shows. */
const SHOWN = 3

/**
 * Every producer and commune with listed products and their counts, from the facet counts the card
 * writer keeps (catalog_facet_count: one row per combination of facet values, far fewer than cards)
 * and the facet values' names: one statement, no pass over the cards.
 */
export async function namedPlaces(container: MedusaContainer): Promise<NamedPlace[]> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT named.facet, named.value, named.label, counted.cards::int AS count
     FROM (
       -- Codes are unique across facets: one column per grouping set, the other null.
       SELECT COALESCE(producer_code, commune_code) AS code, sum(cards) AS cards
       FROM catalog_facet_count
       GROUP BY GROUPING SETS ((producer_code), (commune_code))
     ) AS counted
     JOIN catalog_facet_value AS named ON named.code = counted.code AND named.deleted_at IS NULL
     WHERE counted.cards > 0 AND named.facet IN ('producer', 'commune')`
  )
  return rows as NamedPlace[]
}

/** A short word (a syllable) forgives one typo, a longer one two, as catalog search does. */
const tolerated = (word: string) => (word.length < 3 ? 0 : word.length <= 4 ? 1 : 2)

/**
 * How well a name answers the typed words: null unless every word is the beginning of one of the
 * name's words (diacritics and case aside), the same word in another dialect spelling, or a typo
 * away from one; else the number of words found as typed (more is better).
 */
export function nameMatch(name: string, typed: string[]): number | null {
  const words = foldVietnamese(name)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let asTyped = 0
  for (const word of typed) {
    if (words.some((w) => w.startsWith(word))) {
      asTyped++
      continue
    }
    const key = dialectKey(word)
    if (!words.some((w) => dialectKey(w) === key || editDistance(w, word) <= tolerated(word))) return null
  }
  return asTyped
}

/**
 * The producers and communes whose names hold the typed words or are like them: those holding more
 * words as typed first, then those with more listed products.
 */
export function placesLike(places: NamedPlace[], typed: string[]): Pick<CatalogSuggestions, "producers" | "communes"> {
  const found = (facet: NamedPlace["facet"]) =>
    places
      .filter((place) => place.facet === facet)
      .flatMap((place) => {
        const score = nameMatch(facet === "producer" ? (place.label ?? place.value) : place.value, typed)
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
