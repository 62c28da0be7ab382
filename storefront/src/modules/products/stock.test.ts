import { describe, expect, it } from "vitest"
import { purchasableQuantity, stockState } from "./stock"

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
    expect(stockState({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 })).toBe(
      "in_stock",
    )
  })
})

describe("purchasableQuantity", () => {
  it("caps a managed variant at its stock and leaves others unlimited", () => {
    expect(purchasableQuantity({ manage_inventory: true, inventory_quantity: 3 })).toBe(3)
    expect(purchasableQuantity({ manage_inventory: false })).toBeNull()
  })
})
