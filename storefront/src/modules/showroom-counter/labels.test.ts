import { describe, expect, it } from "vitest"
import { daysLeftText, isMovementKind, isPaymentMethod, isReason, packagingName, sellThroughText, signedQuantity } from "./labels"

describe("labels", () => {
  it("recognises only the kinds, reasons and payments the API knows (filters come from the address)", () => {
    expect(isMovementKind("sale")).toBe(true)
    expect(isMovementKind("theft")).toBe(false)
    expect(isReason("lost")).toBe(true)
    expect(isReason(undefined)).toBe(false)
    expect(isPaymentMethod("bank_transfer")).toBe(true)
    expect(isPaymentMethod("toString")).toBe(false)
  })

  it("shows quantities with their sign, out with a real minus", () => {
    expect(signedQuantity(5)).toBe("+5")
    expect(signedQuantity(-3)).toBe("−3")
    expect(signedQuantity(0)).toBe("0")
  })

  it("names a packaging with its product", () => {
    expect(packagingName({ title: "Mật ong Cường Nga", variant_title: "Chai 500 ml" })).toBe("Mật ong Cường Nga – Chai 500 ml")
  })
})

describe("daysLeftText", () => {
  it("says how many whole days the shelf lasts at the last 30 days' pace", () => {
    expect(daysLeftText({ stock: 12, days_of_stock_left: 18.6 })).toBe("Còn đủ bán khoảng 18 ngày")
    expect(daysLeftText({ stock: 1, days_of_stock_left: 0.5 })).toBe("Còn đủ bán dưới 1 ngày")
  })

  it("shows a dash when nothing sold in 30 days, and says when the shelf is empty", () => {
    expect(daysLeftText({ stock: 20, days_of_stock_left: null })).toBe("—")
    expect(daysLeftText({ stock: 0, days_of_stock_left: 0 })).toBe("Hết hàng")
  })
})

describe("sellThroughText", () => {
  it("shows the share sold as a Vietnamese percentage, a dash when nothing was on offer", () => {
    expect(sellThroughText(0.455)).toBe("45,5%")
    expect(sellThroughText(0)).toBe("0%")
    expect(sellThroughText(null)).toBe("—")
  })
})
