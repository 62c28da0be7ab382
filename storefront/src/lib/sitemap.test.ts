import { describe, expect, it } from "vitest"
import { SITEMAP_SIZE, sitemapFileCount, sitemapIndexXml, sitemapSlices } from "./sitemap"

const catalog = (producers: number, products: number) => [
  { kind: "pages" as const, count: 4 },
  { kind: "producers" as const, count: producers },
  { kind: "products" as const, count: products },
]

describe("sitemapFileCount", () => {
  it("fits a province's catalog in one file up to 50,000 addresses (sitemaps.org's limit)", () => {
    expect(SITEMAP_SIZE).toBe(50_000)
    expect(sitemapFileCount(catalog(60, 240))).toBe(1)
    expect(sitemapFileCount(catalog(996, 49_000))).toBe(1) // exactly 50,000
    expect(sitemapFileCount(catalog(997, 49_000))).toBe(2)
  })

  it("still makes one file for an empty catalog: the fixed pages are always listed", () => {
    expect(sitemapFileCount(catalog(0, 0))).toBe(1)
    expect(sitemapFileCount([])).toBe(1)
  })
})

describe("sitemapSlices", () => {
  it("puts everything in the first file when it fits", () => {
    expect(sitemapSlices(catalog(60, 240), 0)).toEqual([
      { kind: "pages", offset: 0, limit: 4 },
      { kind: "producers", offset: 0, limit: 60 },
      { kind: "products", offset: 0, limit: 240 },
    ])
    expect(sitemapSlices(catalog(60, 240), 1)).toEqual([])
  })

  it("cuts the lists laid end to end every 50,000 addresses, a list running on into the next file", () => {
    const sections = catalog(1_000, 120_000) // 121,004 addresses: 3 files
    expect(sitemapFileCount(sections)).toBe(3)
    expect(sitemapSlices(sections, 0)).toEqual([
      { kind: "pages", offset: 0, limit: 4 },
      { kind: "producers", offset: 0, limit: 1_000 },
      { kind: "products", offset: 0, limit: 48_996 },
    ])
    expect(sitemapSlices(sections, 1)).toEqual([{ kind: "products", offset: 48_996, limit: 50_000 }])
    expect(sitemapSlices(sections, 2)).toEqual([{ kind: "products", offset: 98_996, limit: 21_004 }])
  })

  it("lists every address exactly once, no file over the limit, whatever the sizes", () => {
    for (const [producers, products, size] of [
      [0, 0, 3],
      [5, 7, 4],
      [1, 0, 1],
      [13, 100, 10],
      [2, 9, 5],
    ]) {
      const sections = catalog(producers, products)
      const seen = new Map<string, number>()
      for (let file = 0; file < sitemapFileCount(sections, size); file++) {
        const slices = sitemapSlices(sections, file, size)
        expect(slices.reduce((sum, slice) => sum + slice.limit, 0)).toBeLessThanOrEqual(size)
        for (const { kind, offset, limit } of slices) {
          for (let i = offset; i < offset + limit; i++) seen.set(`${kind}:${i}`, (seen.get(`${kind}:${i}`) ?? 0) + 1)
        }
      }
      expect(seen.size).toBe(4 + producers + products)
      expect([...seen.values()].every((times) => times === 1)).toBe(true)
    }
  })
})

describe("sitemapIndexXml", () => {
  it("is a sitemaps.org index with one <sitemap><loc> per file, addresses escaped", () => {
    expect(sitemapIndexXml(["https://ocop.example.vn/sitemap/0.xml", "https://ocop.example.vn/sitemap/1.xml?a=1&b=2"])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "<sitemap><loc>https://ocop.example.vn/sitemap/0.xml</loc></sitemap>",
        "<sitemap><loc>https://ocop.example.vn/sitemap/1.xml?a=1&amp;b=2</loc></sitemap>",
        "</sitemapindex>",
        "",
      ].join("\n")
    )
  })
})
