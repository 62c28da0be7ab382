import { shopperCancelRefusal } from "../shopper-cancel-rule"

describe("a shopper cancelling their own order (issue 16)", () => {
  it("allows it while every parcel is pending or confirmed and nothing is paid", () => {
    expect(shopperCancelRefusal({ status: "pending", captured: false, parts: ["pending", "confirmed"] })).toBeNull()
  })

  it("refuses once any parcel has left, even if the others have not", () => {
    expect(shopperCancelRefusal({ status: "pending", captured: false, parts: ["confirmed", "shipped"] })?.code).toBe(
      "order_shipped"
    )
    expect(shopperCancelRefusal({ status: "pending", captured: true, parts: ["delivered"] })?.code).toBe("order_shipped")
  })

  it("refuses a paid order: refunds go through the office for now", () => {
    expect(shopperCancelRefusal({ status: "pending", captured: true, parts: ["pending"] })?.code).toBe("order_paid")
  })

  it("refuses a second cancellation", () => {
    expect(shopperCancelRefusal({ status: "canceled", captured: false, parts: ["canceled"] })?.code).toBe(
      "order_already_canceled"
    )
  })
})
