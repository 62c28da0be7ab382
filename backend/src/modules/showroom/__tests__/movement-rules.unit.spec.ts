import { movementDelta } from "../movement-rules"

describe("showroom stock movements", () => {
  it("brings receipts and customer returns in, takes sales and returns to the producer out", () => {
    expect(movementDelta("receipt", 12)).toEqual({ delta: 12 })
    expect(movementDelta("customer_return", 1)).toEqual({ delta: 1 })
    expect(movementDelta("sale", 2)).toEqual({ delta: -2 })
    expect(movementDelta("return_to_producer", 5)).toEqual({ delta: -5 })
  })

  it("refuses negative, zero and fractional quantities", () => {
    expect(movementDelta("receipt", -3)).toHaveProperty("refusal")
    expect(movementDelta("sale", 0)).toHaveProperty("refusal")
    expect(movementDelta("sale", 1.5)).toHaveProperty("refusal")
  })

  it("needs a reason for every adjustment; only a recount may add stock", () => {
    expect(movementDelta("adjustment", -2)).toHaveProperty("refusal")
    expect(movementDelta("adjustment", -2, "damaged")).toEqual({ delta: -2 })
    expect(movementDelta("adjustment", 2, "expired")).toHaveProperty("refusal")
    expect(movementDelta("adjustment", 3, "count_correction")).toEqual({ delta: 3 })
    expect(movementDelta("adjustment", -1, "count_correction")).toEqual({ delta: -1 })
  })
})
