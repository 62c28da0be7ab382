/** Catalog pages as shoppers filter them, for the benchmarks that load `GET /store/catalog`. */

const SORTS = ["newest", "price_asc", "price_desc", "stars", "title"]

/** The values a shopper can pick from the listed cards. */
export type FilterChoices = { prices: number[]; provinces: string[]; productSets: number[]; searches: string[] }

export type ListedCard = { title: string; demo: boolean; price_min: number | null; province: string | null; product_set: number }

export function filterChoices(cards: ListedCard[]): FilterChoices {
  const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))]
  return {
    prices: distinct(cards.map((c) => c.price_min)).map(Number),
    provinces: distinct(cards.map((c) => c.province)),
    productSets: distinct(cards.map((c) => c.product_set)),
    // What a shopper types: the first two words of a demo product's name ("Nước mắm", "Kẹo cu").
    searches: distinct(cards.filter((c) => c.demo).map((c) => c.title.split(" ").slice(0, 2).join(" "))),
  }
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]
const chance = (p: number) => Math.random() < p

/** A catalog page as a shopper filters one: some facets, maybe a price range or words, a sort, one of the first pages. */
export function randomFilters(choices: FilterChoices, limit = 20): URLSearchParams {
  const params = new URLSearchParams()
  const some = <T>(list: T[], most: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(Math.random() * most) }, () => pick(list))),
  ]
  if (chance(0.3)) params.set("stars", some([3, 4, 5], 2).join(","))
  if (chance(0.3)) params.set("province", pick(choices.provinces))
  if (chance(0.3)) params.set("product_set", some(choices.productSets, 2).join(","))
  if (chance(0.3)) {
    const [low, high] = [pick(choices.prices), pick(choices.prices)].sort((a, b) => a - b)
    if (chance(0.7)) params.set("price_min", String(low))
    if (chance(0.7)) params.set("price_max", String(high))
  }
  if (chance(0.2)) params.set("in_stock", "true")
  if (chance(0.15)) params.set("q", pick(choices.searches))
  params.set("sort", pick(SORTS))
  params.set("offset", String(limit * Math.floor(Math.random() * 5)))
  params.set("limit", String(limit))
  return params
}
