import { describe, expect, it } from "vitest"
import { paymentState } from "./payment-state"

describe("paymentState", () => {
  it("says an authorized order (COD, a transfer not yet arrived) awaits payment and a captured one is paid", () => {
    expect(paymentState("authorized")).toBe("Chờ thanh toán")
    expect(paymentState("captured")).toBe("Đã thanh toán")
    expect(paymentState("partially_captured")).toBe("Đã thanh toán một phần")
    expect(paymentState(undefined)).toBe("Chưa thanh toán")
  })
})
