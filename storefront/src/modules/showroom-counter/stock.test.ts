import { describe, expect, it } from "vitest"
import { summarizeStock } from "./stock"

describe("summarizeStock", () => {
  it("counts packagings, units on the shelf and those running low", () => {
    expect(
      summarizeStock([
        { stock: 20, low_stock: false },
        { stock: 3, low_stock: true },
        { stock: 0, low_stock: true },
      ])
    ).toEqual({ items: 3, units: 23, low: 2 })
    expect(summarizeStock([])).toEqual({ items: 0, units: 0, low: 0 })
  })
})
