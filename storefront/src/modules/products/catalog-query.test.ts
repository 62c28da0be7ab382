import { describe, expect, it } from "vitest"
import {
  catalogHref,
  catalogParams,
  EMPTY_QUERY,
  filterCount,
  isFiltered,
  pageCount,
  parseCatalogQuery,
  storeCatalogQuery,
  toggleFilter,
} from "./catalog-query"

describe("parseCatalogQuery", () => {
  it("reads every filter of the URL, with the store API's parameter names", () => {
    expect(
      parseCatalogQuery({
        q: "  keo   cu do ",
        stars: "3,4",
        product_set: ["7", "9"],
        province: "Hà Tĩnh",
        commune: "Hương Long",
        producer: "htx-mat-ong-son-kim",
        price_min: "40000",
        price_max: "120000",
        in_stock: "true",
        sort: "price_asc",
        page: "2",
      })
    ).toEqual({
      q: "keo cu do",
      stars: [3, 4],
      productSets: [7, 9],
      provinces: ["Hà Tĩnh"],
      communes: ["Hương Long"],
      producers: ["htx-mat-ong-son-kim"],
      priceMin: 40000,
      priceMax: 120000,
      inStock: true,
      sort: "price_asc",
      page: 2,
    })
  })

  it("reads lists given as comma lists, as repeated keys (a GET form's checkboxes) or both, without duplicates", () => {
    expect(parseCatalogQuery({ stars: "3,4" }).stars).toEqual([3, 4])
    expect(parseCatalogQuery({ stars: ["5", "3"] }).stars).toEqual([5, 3])
    expect(parseCatalogQuery({ province: ["Hà Tĩnh,Nghệ An", "Hà Tĩnh"] }).provinces).toEqual(["Hà Tĩnh", "Nghệ An"])
  })

  it("drops forged values: stars outside OCOP's 3–5, product sets outside 1–26, unknown sorts, bad pages", () => {
    expect(
      parseCatalogQuery({ stars: "2,4,abc", product_set: "0,27,12", sort: "price; drop", page: "-3", in_stock: "1" })
    ).toEqual({ ...EMPTY_QUERY, stars: [4], productSets: [12] })
    expect(parseCatalogQuery({ page: "1.5" }).page).toBe(1)
  })

  it("reads prices as whole đồng, also written the Vietnamese way ('40.000 ₫'), and ignores non-amounts", () => {
    expect(parseCatalogQuery({ price_min: "40.000", price_max: "1.200.000 ₫" })).toMatchObject({
      priceMin: 40000,
      priceMax: 1200000,
    })
    for (const bad of ["-5", "1.5", "abc", "", "40,000"]) expect(parseCatalogQuery({ price_min: bad }).priceMin).toBeNull()
  })

  it("keeps a price range the wrong way round, so the store API can tell the shopper what to fix", () => {
    expect(parseCatalogQuery({ price_min: "90000", price_max: "10000" })).toMatchObject({
      priceMin: 90000,
      priceMax: 10000,
    })
  })

  it("cuts the search text to the 100 characters the store API accepts and treats blank as none", () => {
    expect(parseCatalogQuery({ q: "a".repeat(150) }).q).toHaveLength(100)
    expect(parseCatalogQuery({ q: "   " }).q).toBeNull()
  })
})

describe("catalogHref", () => {
  it("keeps default values out of the URL", () => {
    expect(catalogHref(EMPTY_QUERY)).toBe("/products")
    expect(catalogHref(parseCatalogQuery({ sort: "relevance", page: "1", q: "" }))).toBe("/products")
    // Browsing by newest is said: the default ranks a search by relevance (and browsing by newest).
    expect(catalogHref(parseCatalogQuery({ sort: "newest" }))).toBe("/products?sort=newest")
  })

  it("writes lists as repeated keys and encodes Vietnamese names, so the link parses back to the same view", () => {
    const query = parseCatalogQuery({ stars: "4,5", province: "Hà Tĩnh", sort: "title", page: "3" })
    const href = catalogHref(query)
    expect(href).toBe("/products?stars=4&stars=5&province=H%C3%A0+T%C4%A9nh&sort=title&page=3")
    const params = new URLSearchParams(href.split("?")[1])
    const parsed = parseCatalogQuery(Object.fromEntries([...params.keys()].map((key) => [key, params.getAll(key)])))
    expect(parsed).toEqual(query)
  })
})

describe("catalogParams", () => {
  it("leaves out the fields a form supplies itself, so its hidden inputs carry only the other filters", () => {
    const query = parseCatalogQuery({ q: "mật ong", stars: "4", price_min: "50000", sort: "stars", page: "2" })
    expect(catalogParams(query, ["q", "sort", "page"])).toEqual([
      ["stars", "4"],
      ["price_min", "50000"],
    ])
  })
})

describe("toggleFilter", () => {
  const query = parseCatalogQuery({ stars: "4", province: "Hà Tĩnh", page: "3" })

  it("adds a value to a filter (OR within the filter) and goes back to page 1", () => {
    expect(toggleFilter(query, "stars", "5")).toMatchObject({ stars: [4, 5], page: 1 })
    expect(toggleFilter(query, "provinces", "Nghệ An").provinces).toEqual(["Hà Tĩnh", "Nghệ An"])
  })

  it("removes a value that is already selected", () => {
    expect(toggleFilter(query, "stars", "4").stars).toEqual([])
    expect(toggleFilter(query, "provinces", "Hà Tĩnh").provinces).toEqual([])
  })
})

describe("filterCount and isFiltered", () => {
  it("count the filters in use, not the sort or page; the search text alone still narrows the catalog", () => {
    expect(filterCount(parseCatalogQuery({ stars: "3,4", in_stock: "true", sort: "title", page: "2" }))).toBe(3)
    expect(filterCount(parseCatalogQuery({ q: "kẹo" }))).toBe(0)
    expect(isFiltered(parseCatalogQuery({ q: "kẹo" }))).toBe(true)
    expect(isFiltered(parseCatalogQuery({ sort: "title", page: "2" }))).toBe(false)
  })
})

describe("pageCount", () => {
  it("rounds up, and stops where the store API stops paging (offset 10 000)", () => {
    expect(pageCount(0)).toBe(0)
    expect(pageCount(24)).toBe(1)
    expect(pageCount(25)).toBe(2)
    const last = pageCount(1_000_000)
    expect((last - 1) * 24).toBeLessThanOrEqual(10_000)
    expect(last * 24).toBeGreaterThan(10_000)
  })
})

describe("storeCatalogQuery", () => {
  it("turns a view into the /store/catalog query: comma lists, the page as an offset", () => {
    const query = parseCatalogQuery({
      q: "duc tho",
      stars: ["3", "4"],
      product_set: "7",
      province: "Hà Tĩnh",
      producer: "htx-a,htx-b",
      price_max: "100000",
      in_stock: "true",
      sort: "price_desc",
      page: "3",
    })
    expect(storeCatalogQuery(query)).toEqual({
      q: "duc tho",
      stars: "3,4",
      product_set: "7",
      province: "Hà Tĩnh",
      producer: "htx-a,htx-b",
      price_max: 100000,
      in_stock: "true",
      sort: "price_desc",
      limit: 24,
      offset: 48,
    })
  })

  it("asks for the facet counts only with limit 0", () => {
    expect(storeCatalogQuery(EMPTY_QUERY, 0)).toEqual({ sort: "relevance", limit: 0, offset: 0 })
  })
})
