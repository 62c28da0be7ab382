import { describe, expect, it } from "vitest"
import { productSummary } from "./summary"

const producer = { name: "Hộ kinh doanh Nguyễn Thị Hằng", province: "Hà Tĩnh" }

describe("productSummary", () => {
  it("uses the product's own description when it has one", () => {
    expect(productSummary({ title: "Kẹo cu đơ", description: "  Kẹo mạch nha\nkẹp bánh đa.  " }, producer, 3)).toBe(
      "Kẹo mạch nha kẹp bánh đa."
    )
  })

  it("without one, names the star rating and the producer the store API gives, with its province", () => {
    expect(productSummary({ title: "Kẹo cu đơ", description: null }, producer, 3)).toBe(
      "Kẹo cu đơ – sản phẩm OCOP 3 sao của Hộ kinh doanh Nguyễn Thị Hằng, Hà Tĩnh."
    )
    expect(productSummary({ title: "Kẹo cu đơ", description: "" }, { ...producer, province: null }, 4)).toBe(
      "Kẹo cu đơ – sản phẩm OCOP 4 sao của Hộ kinh doanh Nguyễn Thị Hằng."
    )
  })

  it("leaves out what is unknown: no approved producer, no valid certificate", () => {
    expect(productSummary({ title: "Kẹo cu đơ" }, null, null)).toBe("Kẹo cu đơ.")
  })

  it("stays within the 160 characters search results show", () => {
    const long = productSummary({ title: "Kẹo", description: "x".repeat(200) }, producer, 3)
    expect(long).toBe(`${"x".repeat(157)}…`)
    const exact = "x".repeat(160)
    expect(productSummary({ title: "Kẹo", description: exact }, producer, 3)).toBe(exact)
  })
})
