import { canApply } from "../rules"

describe("producer status rules", () => {
  it("approves pending or suspended producers and suspends approved or pending ones", () => {
    expect(canApply("approve", "pending")).toBe(true)
    expect(canApply("approve", "suspended")).toBe(true)
    expect(canApply("approve", "approved")).toBe(false)
    expect(canApply("suspend", "approved")).toBe(true)
    expect(canApply("suspend", "suspended")).toBe(false)
  })
})
