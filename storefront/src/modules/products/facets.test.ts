import { describe, expect, it } from "vitest"
import type { CatalogFacets } from "@ocop/contracts"
import { EMPTY_QUERY, parseCatalogQuery } from "./catalog-query"
import {
  activeFilters,
  communeValues,
  EMPTY_FACETS,
  facetOptions,
  foldOptions,
  inStockCount,
  starCounts,
  TOP_COMMUNES,
} from "./facets"

const facets: CatalogFacets = {
  stars: [
    { value: "3", label: null, count: 14 },
    { value: "4", label: null, count: 9 },
  ],
  product_set: [
    { value: "7", label: "Chế biến từ rau, quả, hạt", count: 8 },
    { value: "9", label: "Tương, nước mắm, gia vị dạng lỏng", count: 3 },
  ],
  province: [
    { value: "Hà Tĩnh", label: null, count: 20 },
    { value: "Nghệ An", label: null, count: 3 },
  ],
  commune: [
    { value: "Hương Long", label: "Hà Tĩnh", count: 4 },
    { value: "Diễn Kỷ", label: "Nghệ An", count: 2 },
    { value: "Phú Gia", label: "Hà Tĩnh", count: 1 },
  ],
  producer: [{ value: "htx-mat-ong-son-kim", label: "HTX Mật ong Sơn Kim", count: 2 }],
  in_stock: [
    { value: "true", label: null, count: 21 },
    { value: "false", label: null, count: 2 },
  ],
}

describe("facetOptions", () => {
  it("names product sets as Decision 26/2026 does and producers by name, with their counts", () => {
    const { productSets, producers } = facetOptions(EMPTY_QUERY, facets)
    expect(productSets.map((o) => [o.label, o.count])).toEqual([
      ["7. Chế biến từ rau, quả, hạt", 8],
      ["9. Tương, nước mắm, gia vị dạng lỏng", 3],
    ])
    expect(producers[0]).toMatchObject({ label: "HTX Mật ong Sơn Kim", count: 2, selected: false })
  })

  it("lists the most stars first", () => {
    expect(facetOptions(EMPTY_QUERY, facets).stars.map((o) => o.value)).toEqual(["4", "3"])
  })

  it("links each value to the view with it added, and a selected one to the view without it", () => {
    const query = parseCatalogQuery({ province: "Hà Tĩnh", page: "2" })
    const provinces = facetOptions(query, facets).provinces
    expect(provinces[0]).toMatchObject({ value: "Hà Tĩnh", selected: true, href: "/products" })
    expect(provinces[1]).toMatchObject({
      value: "Nghệ An",
      selected: false,
      href: "/products?province=H%C3%A0+T%C4%A9nh&province=Ngh%E1%BB%87+An",
    })
  })

  it("keeps a selected value the facet no longer counts (0 matches), so the shopper can remove it", () => {
    const query = parseCatalogQuery({ producer: "ho-kinh-doanh-da-ngung" })
    const producers = facetOptions(query, facets).producers
    expect(producers.at(-1)).toMatchObject({ value: "ho-kinh-doanh-da-ngung", count: 0, selected: true })
  })

  it("names the province under each commune unless one province is chosen", () => {
    expect(facetOptions(EMPTY_QUERY, facets).communes[1].detail).toBe("Nghệ An")
    expect(facetOptions(parseCatalogQuery({ province: "Hà Tĩnh" }), facets).communes[0].detail).toBeNull()
  })
})

describe("communeValues", () => {
  it("offers only the communes of the chosen provinces", () => {
    const query = parseCatalogQuery({ province: "Hà Tĩnh" })
    expect(communeValues(query, facets.commune).map((c) => c.value)).toEqual(["Hương Long", "Phú Gia"])
  })

  it("offers the biggest communes only when no province is chosen, plus any chosen commune", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ value: `Xã ${i}`, label: "Hà Tĩnh", count: 20 - i }))
    expect(communeValues(EMPTY_QUERY, many)).toHaveLength(TOP_COMMUNES)
    const chosen = communeValues(parseCatalogQuery({ commune: "Xã 15" }), many)
    expect(chosen.map((c) => c.value)).toContain("Xã 15")
    expect(chosen).toHaveLength(TOP_COMMUNES + 1)
  })
})

describe("foldOptions", () => {
  it("shows the first few and folds the rest, but never folds a selected option", () => {
    const list = ["a", "b", "c", "d"].map((value) => ({ value, selected: value === "d" }))
    const { first, more } = foldOptions(list, 2)
    expect(first.map((o) => o.value)).toEqual(["a", "b", "d"])
    expect(more.map((o) => o.value)).toEqual(["c"])
  })
})

describe("activeFilters", () => {
  it("labels every filter in words (names, not handles or set numbers) and links to the view without it", () => {
    const query = parseCatalogQuery({
      q: "mật ong",
      stars: "4",
      product_set: "7",
      commune: "Hương Long",
      producer: "htx-mat-ong-son-kim",
      price_min: "40000",
      price_max: "120000",
      in_stock: "true",
      page: "2",
    })
    const chips = activeFilters(query, facets)
    expect(chips.map((c) => c.label)).toEqual([
      "Từ khoá “mật ong”",
      "OCOP 4 sao",
      "7. Chế biến từ rau, quả, hạt",
      "Hương Long, Hà Tĩnh",
      "HTX Mật ong Sơn Kim",
      "Giá từ 40.000\u00a0₫",
      "Giá đến 120.000\u00a0₫",
      "Chỉ còn hàng",
    ])
    const removeStars = chips[1].href
    expect(parseCatalogQuery(Object.fromEntries(new URLSearchParams(removeStars.split("?")[1])))).toMatchObject({
      stars: [],
      q: "mật ong",
      page: 1,
    })
    expect(chips[5].href).not.toContain("price_min")
    expect(chips[5].href).toContain("price_max=120000")
  })

  it("falls back to the handle for a producer the facets do not name", () => {
    const chips = activeFilters(parseCatalogQuery({ producer: "ho-la" }), EMPTY_FACETS)
    expect(chips).toEqual([{ label: "ho-la", href: "/products" }])
  })

  it("shows no chip when nothing narrows the catalog", () => {
    expect(activeFilters(parseCatalogQuery({ sort: "title", page: "3" }), facets)).toEqual([])
  })
})

describe("starCounts and inStockCount", () => {
  it("read the star facet as ratings (most first) and the in-stock count", () => {
    expect(starCounts([...facets.stars, { value: "2", label: null, count: 1 }])).toEqual([
      { stars: 4, count: 9 },
      { stars: 3, count: 14 },
    ])
    expect(inStockCount(facets)).toBe(21)
    expect(inStockCount(EMPTY_FACETS)).toBe(0)
  })
})
