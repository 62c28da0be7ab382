import { searchDocument, splitFacet } from "../documents"
import { catalogFacets, catalogFilter, catalogSearches } from "../requests"

const browse = { sort: "newest" as const, limit: 20, offset: 0 }

describe("catalogFilter", () => {
  it("ORs the values of one facet, ANDs facets, prices and stock, quoting names", () => {
    expect(
      catalogFilter({ ...browse, stars: [4, 5], province: ['Hà "Tĩnh"'], price_min: 50_000, price_max: 200_000, in_stock: true })
    ).toEqual([
      "stars IN [4, 5]",
      'province IN ["Hà \\"Tĩnh\\""]',
      "price_min >= 50000",
      "price_min <= 200000",
      "in_stock = true",
    ])
  })

  it("leaves out the selection of the facet being counted (disjunctive facets)", () => {
    expect(catalogFilter({ ...browse, stars: [4], producer: ["htx-a"] }, "stars")).toEqual(['producer_handle IN ["htx-a"]'])
  })
})

describe("catalogSearches", () => {
  it("asks for the page with the unselected facets, and one count-only search per selected facet", () => {
    const [page, ...perFacet] = catalogSearches({ ...browse, stars: [4], commune: ["Thạch Kim"] }, "exact")
    expect(page).toMatchObject({
      q: "",
      filter: ["stars IN [4]", 'commune IN ["Thạch Kim"]'],
      facets: ["product_set", "province", "producer_facet", "in_stock"],
      sort: ["listed_at:desc", "id:asc"],
      limit: 20,
      offset: 0,
    })
    expect(perFacet).toEqual([
      expect.objectContaining({ filter: ['commune IN ["Thạch Kim"]'], facets: ["stars"], limit: 0 }),
      expect.objectContaining({ filter: ["stars IN [4]"], facets: ["commune_facet"], limit: 0 }),
    ])
  })

  it("ranks words by relevance unless a sort is asked; likeness searches the dialect key alone, above a score", () => {
    const query = { ...browse, sort: "relevance" as const, words: ["rio", "bot"], key: "dio bot" }
    expect(catalogSearches(query, "exact")[0]).toMatchObject({ q: "rio bot", matchingStrategy: "all" })
    expect(catalogSearches(query, "exact")[0].sort).toBeUndefined()
    expect(catalogSearches(query, "similar")[0]).toMatchObject({
      q: "dio bot",
      attributesToSearchOn: ["search_key"],
      rankingScoreThreshold: 0.5,
    })
    expect(catalogSearches({ ...query, sort: "price_asc" }, "exact")[0].sort).toEqual(["price_min:asc", "id:asc"])
  })
})

describe("catalogFacets", () => {
  it("labels facet values as PostgreSQL does and orders them by count, then name", () => {
    const facets = catalogFacets([
      {
        product_set: { "1": 2 },
        commune_facet: { "Thạch Kim\u001fHà Tĩnh": 1, "Cửa Lò\u001fNghệ An": 3 },
        producer_facet: { "htx-a\u001fHTX A": 2 },
        in_stock: { true: 4, false: 0 },
      },
      { stars: { "4": 3, "5": 3, "3": 1 } },
    ])
    expect(facets.commune).toEqual([
      { value: "Cửa Lò", label: "Nghệ An", count: 3 },
      { value: "Thạch Kim", label: "Hà Tĩnh", count: 1 },
    ])
    expect(facets.producer).toEqual([{ value: "htx-a", label: "HTX A", count: 2 }])
    expect(facets.product_set[0]).toMatchObject({ value: "1", count: 2 })
    expect(facets.product_set[0].label).toBeTruthy()
    expect(facets.stars.map((s) => s.value)).toEqual(["4", "5", "3"])
    expect(facets.in_stock).toEqual([{ value: "true", label: null, count: 4 }])
  })
})

describe("searchDocument", () => {
  it("keeps what search needs: times as numbers, no price when there is none, labelled facet values", () => {
    const document = searchDocument({
      id: "prod_1",
      title: "Giò bột",
      producer_name: "Thẩm Thành",
      producer_handle: "tham-thanh",
      commune: "Thạch Kim",
      district: "Lộc Hà",
      province: "Hà Tĩnh",
      search_key: "dio bot",
      stars: 4,
      product_set: 1,
      price_min: null,
      in_stock: true,
      listed_at: new Date("2026-12-01T00:00:00Z"),
    })
    expect(document).not.toHaveProperty("price_min")
    expect(document.listed_at).toBe(Date.parse("2026-12-01T00:00:00Z"))
    expect(splitFacet(document.commune_facet!)).toEqual({ value: "Thạch Kim", label: "Hà Tĩnh" })
    expect(splitFacet(document.producer_facet!)).toEqual({ value: "tham-thanh", label: "Thẩm Thành" })
  })
})
