import { producerOrderStatusAfter } from "../order-transitions"

describe("a producer's part of an order", () => {
  it("is confirmed only while pending", () => {
    expect(producerOrderStatusAfter("confirm", "pending")).toEqual({ status: "confirmed" })
    expect(producerOrderStatusAfter("confirm", "confirmed")).toHaveProperty("refusal")
  })

  it("ships or cancels from pending or confirmed, never twice", () => {
    expect(producerOrderStatusAfter("ship", "pending")).toEqual({ status: "shipped" })
    expect(producerOrderStatusAfter("ship", "confirmed")).toEqual({ status: "shipped" })
    expect(producerOrderStatusAfter("cancel", "confirmed")).toEqual({ status: "canceled" })
    expect(producerOrderStatusAfter("cancel", "shipped")).toHaveProperty("refusal")
    expect(producerOrderStatusAfter("ship", "canceled")).toHaveProperty("refusal")
  })
})

describe("a cash-on-delivery parcel (issue 16)", () => {
  it("is delivered or refused only while on its way", () => {
    expect(producerOrderStatusAfter("deliver", "shipped")).toEqual({ status: "delivered" })
    expect(producerOrderStatusAfter("refuse", "shipped")).toEqual({ status: "refused" })
    expect(producerOrderStatusAfter("deliver", "confirmed")).toMatchObject({ code: "parcel_not_out" })
    expect(producerOrderStatusAfter("refuse", "refused")).toMatchObject({ code: "parcel_not_out" })
  })

  it("never collects the cash of a delivered part twice, nor refuses it afterwards", () => {
    expect(producerOrderStatusAfter("deliver", "delivered")).toMatchObject({ code: "already_captured" })
    expect(producerOrderStatusAfter("refuse", "delivered")).toMatchObject({ code: "already_captured" })
    expect(producerOrderStatusAfter("cancel", "delivered")).toHaveProperty("refusal")
  })
})
