import { describe, expect, it } from "vitest"
import { catalogHref, parseCatalogQuery } from "./catalog-query"

describe("parseCatalogQuery", () => {
  it("reads page, sort, star and province from the URL", () => {
    expect(parseCatalogQuery({ page: "2", sort: "name-desc", stars: "4", province: "Hà Tĩnh" })).toEqual({
      page: 2,
      sort: "name-desc",
      stars: 4,
      province: "Hà Tĩnh",
    })
  })

  it("falls back to page 1, newest first and no filter for missing or forged values", () => {
    expect(parseCatalogQuery({ page: "-3", sort: "price; drop", stars: "7", province: "  " })).toEqual({
      page: 1,
      sort: "newest",
      stars: null,
      province: null,
    })
    expect(parseCatalogQuery({ page: "1.5" }).page).toBe(1)
  })

  it("takes the first value when a parameter is repeated", () => {
    expect(parseCatalogQuery({ stars: ["3", "5"] }).stars).toBe(3)
  })
})

describe("catalogHref", () => {
  const base = parseCatalogQuery({})

  it("keeps default values out of the URL", () => {
    expect(catalogHref(base)).toBe("/products")
  })

  it("keeps the filters when paging and encodes Vietnamese province names", () => {
    const q = parseCatalogQuery({ stars: "4", province: "Hà Tĩnh", sort: "name-asc" })
    expect(catalogHref(q, { page: 2 })).toBe(
      "/products?stars=4&province=H%C3%A0+T%C4%A9nh&sort=name-asc&page=2",
    )
  })
})
