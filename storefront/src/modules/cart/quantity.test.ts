import { describe, expect, it } from "vitest"
import { notEnoughStockMessage, parseQuantity } from "./quantity"

describe("parseQuantity", () => {
  it("accepts whole numbers from 1 to 99", () => {
    expect(parseQuantity("1")).toBe(1)
    expect(parseQuantity(" 12 ")).toBe(12)
    expect(parseQuantity("99")).toBe(99)
  })

  it("rejects zero, negatives, fractions, huge numbers and text", () => {
    for (const raw of ["0", "-1", "1.5", "100", "1e2", "", "abc", null, undefined]) {
      expect(parseQuantity(raw)).toBeNull()
    }
  })
})

describe("notEnoughStockMessage", () => {
  it("tells the shopper how many are left", () => {
    expect(notEnoughStockMessage(3)).toBe("Chỉ còn 3 sản phẩm.")
  })

  it("mentions what the cart already holds, since that counts against the stock", () => {
    expect(notEnoughStockMessage(3, 2)).toBe("Chỉ còn 3 sản phẩm (giỏ hàng đã có 2).")
  })

  it("says sold out when nothing is left", () => {
    expect(notEnoughStockMessage(0)).toBe("Sản phẩm này đã hết hàng.")
  })
})
