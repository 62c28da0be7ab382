import { readFileSync } from "node:fs"
import path from "node:path"
import { isCertificateValid } from "@ocop/contracts"
import { buildDemoCatalog, demoCertificate, parseCsv } from "../demo-catalog"

const csv = readFileSync(path.resolve(__dirname, "../../../../../scripts/seed-data/ocop-products.csv"), "utf8")

describe("demo catalog built from the real OCOP product list", () => {
  const catalog = buildDemoCatalog(csv)

  it("keeps every CSV row, with unique product handles and SKUs", () => {
    expect(catalog).toHaveLength(parseCsv(csv).length)
    expect(new Set(catalog.map((p) => p.handle)).size).toBe(catalog.length)
    const skus = catalog.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(skus).size).toBe(skus.length)
  })

  it("gives each product 1–3 packaging sizes priced in whole thousands of đồng", () => {
    for (const product of catalog) {
      expect(product.variants.length).toBeGreaterThanOrEqual(1)
      expect(product.variants.length).toBeLessThanOrEqual(3)
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.price)).toBe(true)
        expect(variant.price % 1000).toBe(0)
        expect(variant.stock).toBeGreaterThan(0)
      }
    }
  })

  it("only recognises 3–5 star products and product sets 1–26", () => {
    for (const product of catalog) {
      expect([3, 4, 5]).toContain(product.stars)
      expect(product.product_set).toBeGreaterThanOrEqual(1)
      expect(product.product_set).toBeLessThanOrEqual(26)
    }
  })

  it("is the same catalog on every run (seeding is deterministic)", () => {
    expect(buildDemoCatalog(csv)).toEqual(catalog)
  })

  it("reads quoted CSV fields with commas and escaped quotes", () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([{ a: "x, y", b: 'say "hi"' }])
  })

  it("gives every product the CSV calls valid a certificate valid today, and no other product one", () => {
    for (const now of [new Date("2026-11-28T00:00:00Z"), new Date("2031-03-01T00:00:00Z")]) {
      catalog.forEach((product, index) => {
        const certificate = demoCertificate(product, index, now)
        expect([product.handle, isCertificateValid(certificate, now)]).toEqual([
          product.handle,
          product.certificate_status === "valid",
        ])
      })
    }
  })

  it("names the district as issuer of 3★ certificates issued before 6 July 2025 (QĐ 1489/2025)", () => {
    const keo = catalog.find((p) => p.handle === "keo-cu-do-ha-tinh-nguyen-hang")!
    expect(demoCertificate(keo, 0, new Date("2026-11-28T00:00:00Z")).issuer).toBe("UBND huyện Hương Khê")
  })
})
