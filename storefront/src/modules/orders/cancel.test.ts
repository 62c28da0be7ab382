import { describe, expect, it } from "vitest"
import { offerCancel } from "./cancel"

describe("offering the shopper to cancel their order (issue 16)", () => {
  it("offers it while every parcel is waiting or being prepared", () => {
    expect(offerCancel("pending", [{ status: "pending" }, { status: "confirmed" }])).toBe(true)
  })
  it("hides it once any parcel has left, or the order is already cancelled", () => {
    expect(offerCancel("pending", [{ status: "confirmed" }, { status: "shipped" }])).toBe(false)
    expect(offerCancel("canceled", [{ status: "canceled" }])).toBe(false)
  })
  it("hides it when where the parcels stand could not be read", () => {
    expect(offerCancel("pending", null)).toBe(false)
  })
})
