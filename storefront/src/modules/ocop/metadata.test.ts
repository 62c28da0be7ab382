import { describe, expect, it } from "vitest"
import { readOcop } from "./metadata"

describe("readOcop", () => {
  it("reads the flat OCOP keys the backend writes on a product", () => {
    const info = readOcop({
      demo: true,
      producer_name: "HTX Mật ong Sơn Kim",
      producer_handle: "htx-mat-ong-son-kim",
      producer_owner_type: "cooperative",
      producer_commune: "Sơn Kim 1",
      producer_province: "Hà Tĩnh",
      ocop_stars: 4,
      ocop_product_set: 7,
      ocop_year_recognised: 2024,
    })
    expect(info).toEqual({
      stars: 4,
      producerName: "HTX Mật ong Sơn Kim",
      ownerType: "cooperative",
      commune: "Sơn Kim 1",
      province: "Hà Tĩnh",
      yearRecognised: 2024,
    })
  })

  it("accepts numbers sent as strings, since metadata values are untyped JSON", () => {
    const info = readOcop({ ocop_stars: "5", ocop_year_recognised: "2023" })
    expect(info.stars).toBe(5)
    expect(info.yearRecognised).toBe(2023)
  })

  it("drops values outside the OCOP scheme instead of showing them (stars are 3–5 only)", () => {
    const info = readOcop({ ocop_stars: 2, producer_owner_type: "farm", producer_name: "  " })
    expect(info.stars).toBeNull()
    expect(info.ownerType).toBeNull()
    expect(info.producerName).toBeNull()
  })

  it("copes with products that carry no metadata", () => {
    expect(readOcop(null).stars).toBeNull()
    expect(readOcop(undefined).producerName).toBeNull()
  })
})
