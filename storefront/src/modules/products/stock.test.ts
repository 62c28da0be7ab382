import { describe, expect, it } from "vitest"
import { chosenVariant, purchasableQuantity, stockState } from "./stock"

describe("stockState", () => {
  it("says 'Hết hàng' when a managed variant has nothing left", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 0 })).toBe("out_of_stock")
    expect(stockState({ manage_inventory: true, inventory_quantity: -2 })).toBe("out_of_stock")
  })

  it("says 'Sắp hết' at five units or fewer", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 5 })).toBe("low_stock")
    expect(stockState({ manage_inventory: true, inventory_quantity: 1 })).toBe("low_stock")
    expect(stockState({ manage_inventory: true, inventory_quantity: 6 })).toBe("in_stock")
  })

  it("treats unmanaged and backorderable variants as always in stock", () => {
    expect(stockState({ manage_inventory: false, inventory_quantity: 0 })).toBe("in_stock")
    expect(stockState({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 })).toBe("in_stock")
  })
})

describe("purchasableQuantity", () => {
  it("caps a managed variant at its stock and leaves others unlimited", () => {
    expect(purchasableQuantity({ manage_inventory: true, inventory_quantity: 3 })).toBe(3)
    expect(purchasableQuantity({ manage_inventory: false })).toBeNull()
  })
})

describe("chosenVariant", () => {
  const variants = [
    { id: "hop-200", stock: "out_of_stock" as const },
    { id: "hop-400", stock: "in_stock" as const },
    { id: "tui-1kg", stock: "low_stock" as const },
  ]

  it("starts on the first packaging in stock", () => {
    expect(chosenVariant(variants, undefined)?.id).toBe("hop-400")
  })

  it("keeps the shopper's pick, even a sold-out one (the page then says 'Hết hàng')", () => {
    expect(chosenVariant(variants, "tui-1kg")?.id).toBe("tui-1kg")
    expect(chosenVariant(variants, "hop-200")?.id).toBe("hop-200")
  })

  it("falls back to the first in stock when the pick is no longer offered (its coverage ended)", () => {
    expect(chosenVariant(variants, "chai-1-lit")?.id).toBe("hop-400")
  })

  it("shows a sold-out packaging rather than none when nothing is in stock", () => {
    expect(chosenVariant([{ id: "hop-200", stock: "out_of_stock" as const }], undefined)?.id).toBe("hop-200")
    expect(chosenVariant([], undefined)).toBeUndefined()
  })
})
