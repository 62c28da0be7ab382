import { cartNeeds, pickupCode, pickupHandle } from "../pickups"

describe("collecting at a showroom", () => {
  it("names a showroom's pickup by its handle, and tells it from home delivery", () => {
    expect(pickupCode("cho-ha-tinh")).toBe("pickup:cho-ha-tinh")
    expect(pickupHandle("pickup:cho-ha-tinh")).toBe("cho-ha-tinh")
    expect(pickupHandle("standard")).toBeNull()
  })

  it("sums what a cart takes from a shelf per inventory item, skipping unmanaged packagings", () => {
    const bottle = { manage_inventory: true, inventory_items: [{ inventory_item_id: "iitem_bottle", required_quantity: 1 }] }
    // A gift box of three bottles draws three units of the same item.
    const giftBox = { manage_inventory: true, inventory_items: [{ inventory_item_id: "iitem_bottle", required_quantity: 3 }] }
    const voucher = { manage_inventory: false, inventory_items: [{ inventory_item_id: "iitem_voucher", required_quantity: 1 }] }
    expect(
      cartNeeds([
        { quantity: 2, variant: bottle },
        { quantity: 1, variant: giftBox },
        { quantity: 5, variant: voucher },
      ])
    ).toEqual([{ inventory_item_id: "iitem_bottle", quantity: 5 }])
  })
})
