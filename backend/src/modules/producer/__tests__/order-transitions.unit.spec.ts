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
