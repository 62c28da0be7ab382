import { describe, expect, it } from "vitest"
import { lowestPrice } from "./price"

const priced = (amount: number | null) => ({ calculated_price: { calculated_amount: amount } })

describe("lowestPrice", () => {
  it("takes the cheapest size and says when sizes differ in price", () => {
    expect(lowestPrice([priced(250000), priced(120000)])).toEqual({ amount: 120000, varies: true })
  })

  it("does not say 'từ' when every size costs the same", () => {
    expect(lowestPrice([priced(50000), priced(50000)])).toEqual({ amount: 50000, varies: false })
  })

  it("skips variants without a price in the region and gives null when none has one", () => {
    expect(lowestPrice([priced(null), priced(90000)])).toEqual({ amount: 90000, varies: false })
    expect(lowestPrice([{}, priced(null)])).toBeNull()
    expect(lowestPrice(undefined)).toBeNull()
  })
})
