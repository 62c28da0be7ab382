import { sepayWebhookKey } from "../webhook-key"
import { displayIdInMemo } from "../../bank-transfer/vietqr"
import { transferStatus } from "../matching"

describe("displayIdInMemo", () => {
  it("finds the order number whatever the bank adds around it, the case or the spacing", () => {
    expect(displayIdInMemo("OCOP 1042")).toBe(1042)
    expect(displayIdInMemo("MBVCB.123456.ocop1042.CT tu 0011")).toBe(1042)
    expect(displayIdInMemo("Ocop   7 chuyen tien")).toBe(7)
  })
  it("finds nothing in a memo without the order code", () => {
    expect(displayIdInMemo("chuyen tien mua hang")).toBeNull()
    expect(displayIdInMemo("OCOP")).toBeNull()
  })
})

describe("transferStatus", () => {
  const open = { amount: 150_000, canceled: false, paid: false }
  it("pays an open order only with its exact amount", () => {
    expect(transferStatus(open, 150_000)).toBe("matched")
    expect(transferStatus(open, 100_000)).toBe("partial")
    expect(transferStatus(open, 200_000)).toBe("unmatched")
  })
  it("takes nothing for a cancelled or already paid order, nor without an order", () => {
    expect(transferStatus({ ...open, canceled: true }, 150_000)).toBe("order_closed")
    expect(transferStatus({ ...open, paid: true }, 150_000)).toBe("order_closed")
    expect(transferStatus(null, 150_000)).toBe("unmatched")
  })
})

describe("sepayWebhookKey", () => {
  it("turns the webhook off when unset, and refuses a short key in production only", () => {
    expect(sepayWebhookKey({ NODE_ENV: "production" })).toBeNull()
    expect(() => sepayWebhookKey({ NODE_ENV: "production", SEPAY_WEBHOOK_KEY: "short" })).toThrow(/SEPAY_WEBHOOK_KEY/)
    expect(sepayWebhookKey({ NODE_ENV: "development", SEPAY_WEBHOOK_KEY: "short" })).toBe("short")
    expect(sepayWebhookKey({ NODE_ENV: "production", SEPAY_WEBHOOK_KEY: "k".repeat(40) })).toBe("k".repeat(40))
  })
})
