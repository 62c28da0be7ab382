import type { NamedPlace } from "../../modules/catalog/service"
import { indexPlaces, nameMatch, placesLike, wordsOf } from "../catalog-suggestions"

const places = indexPlaces([
  { facet: "producer", value: "htx-mat-ong-cuong-nga", label: "HTX Mật ong Cường Nga", count: 1 },
  { facet: "producer", value: "htx-mat-ong-huong-buoi", label: "HTX Mật ong Hương Bưởi", count: 2 },
  { facet: "producer", value: "co-so-trieu-thu", label: "Cơ sở Triều Thu", count: 1 },
  { facet: "commune", value: "Thạch Kim", label: "Hà Tĩnh", count: 2 },
  { facet: "commune", value: "Kim Song Trường", label: "Hà Tĩnh", count: 1 },
  { facet: "commune", value: "Hương Trạch", label: "Hà Tĩnh", count: 1 },
])
const match = (name: string, typed: string) => nameMatch(wordsOf(name), wordsOf(typed))

describe("suggesting producers and communes while typing", () => {
  it("finds a name holding every typed word at a word's beginning, diacritics and case aside", () => {
    expect(match("HTX Mật ong Cường Nga", "mat ong")).toBe(2)
    expect(match("Thạch Kim", "kim")).toBe(1)
    expect(match("Thạch Kim", "thach ki")).toBe(2)
    // "ach" is inside "Thạch", not the beginning of a word.
    expect(match("Thạch Kim", "ach")).toBeNull()
    expect(match("Thạch Kim", "kim song")).toBeNull()
  })

  it("forgives a dialect spelling and a typo, ranking them after words found as typed", () => {
    expect(match("Kim Song Trường", "chuong")).toBe(0)
    expect(match("Cơ sở Triều Thu", "chieu thu")).toBe(1)
    expect(match("HTX Mật ong Cường Nga", "cuonng")).toBe(0)
    // Two letters forgive nothing: "ng" is not a typo of "ong".
    expect(match("HTX Mật ong Cường Nga", "xy")).toBeNull()
  })

  it("lists at most three of each, more words as typed first, then more products", () => {
    const found = placesLike(places, wordsOf("mat ong"))
    expect(found.producers).toEqual([
      { handle: "htx-mat-ong-huong-buoi", name: "HTX Mật ong Hương Bưởi", count: 2 },
      { handle: "htx-mat-ong-cuong-nga", name: "HTX Mật ong Cường Nga", count: 1 },
    ])
    expect(found.communes).toEqual([])
    expect(placesLike(places, wordsOf("kim")).communes).toEqual([
      { name: "Thạch Kim", province: "Hà Tĩnh", count: 2 },
      { name: "Kim Song Trường", province: "Hà Tĩnh", count: 1 },
    ])
    const many = indexPlaces(
      Array.from({ length: 5 }, (_, i): NamedPlace => ({ facet: "commune", value: `Kim ${i}`, label: null, count: i }))
    )
    expect(placesLike(many, wordsOf("kim")).communes.map((c) => c.name)).toEqual(["Kim 4", "Kim 3", "Kim 2"])
  })
})
