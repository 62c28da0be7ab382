import { deliveryChoices, pickDelivery, type CartShippingOption } from "../delivery-choices"

const standard = { code: "standard", label: "Giao hàng tiêu chuẩn" }
const express = { code: "express", label: "Giao nhanh" }
const option = (id: string, profile: string, amount: number, type = standard): CartShippingOption => ({
  id,
  name: id,
  amount,
  shipping_profile_id: profile,
  type,
})

describe("delivery choices for a multi-producer cart", () => {
  const options = [
    option("std-a", "producer-a", 30_000),
    option("std-b", "producer-b", 30_000),
    option("std-c", "producer-c", 30_000),
    option("exp-a", "producer-a", 50_000, express),
  ]

  it("charges one delivery fee per producer parcel", () => {
    const [choice] = deliveryChoices(["producer-a", "producer-b", "producer-a"], options)
    expect(choice.code).toBe("standard")
    expect(choice.amount).toBe(60_000)
    expect(choice.parcels.map((p) => p.option_id)).toEqual(["std-a", "std-b"])
  })

  it("offers a delivery kind only when every parcel can use it", () => {
    expect(deliveryChoices(["producer-a"], options).map((c) => c.code)).toEqual(["standard", "express"])
    expect(deliveryChoices(["producer-a", "producer-b"], options).map((c) => c.code)).toEqual(["standard"])
  })

  it("refuses a delivery kind some parcel cannot use, and an empty cart, with a message", () => {
    expect(() => pickDelivery(["producer-b"], options, "express")).toThrow(/không áp dụng/)
    expect(() => pickDelivery([], options, "standard")).toThrow(/trống/)
  })
})
