import { shopperCancelRefusal } from "../shopper-cancel-rule"

describe("a shopper cancelling their own order (issue 16)", () => {
  it("allows it while every parcel is pending or confirmed, paid or not (what was paid is refunded)", () => {
    expect(shopperCancelRefusal({ status: "pending", parts: ["pending", "confirmed"] })).toBeNull()
  })

  it("refuses once any parcel has left, even if the others have not", () => {
    expect(shopperCancelRefusal({ status: "pending", parts: ["confirmed", "shipped"] })?.code).toBe("order_shipped")
    expect(shopperCancelRefusal({ status: "pending", parts: ["delivered"] })?.code).toBe("order_shipped")
  })

  it("refuses a second cancellation", () => {
    expect(shopperCancelRefusal({ status: "canceled", parts: ["canceled"] })?.code).toBe("order_already_canceled")
  })
})
