import { describe, expect, it } from "vitest"
import { shipmentState } from "./shipments"

const shipment = { carrier: null, tracking_number: null, cancel_reason: null, refunds: [] }

describe("shipmentState", () => {
  it("tells the customer a new parcel waits for its producer, then is being prepared", () => {
    expect(shipmentState({ ...shipment, status: "pending" })).toEqual({
      label: "Chờ nhà sản xuất xác nhận",
      details: [],
      tone: "waiting",
    })
    expect(shipmentState({ ...shipment, status: "confirmed" })).toEqual({
      label: "Đang chuẩn bị hàng",
      details: [],
      tone: "progress",
    })
  })

  it("gives the carrier and tracking number of a shipped parcel, so the customer can follow it", () => {
    expect(shipmentState({ ...shipment, status: "shipped", carrier: "Giao Hàng Nhanh", tracking_number: "GHN123456" })).toEqual({
      label: "Đã giao cho vận chuyển",
      details: ["Giao Hàng Nhanh", "Mã vận đơn GHN123456"],
      tone: "done",
    })
  })

  it("leaves out a carrier the producer did not name (it is optional)", () => {
    expect(shipmentState({ ...shipment, status: "shipped", carrier: " ", tracking_number: "VN0001" }).details).toEqual([
      "Mã vận đơn VN0001",
    ])
  })

  it("says why a producer canceled its part", () => {
    expect(shipmentState({ ...shipment, status: "canceled", cancel_reason: "Hết hàng vụ này" })).toEqual({
      label: "Đã hủy",
      details: ["Lý do: Hết hàng vụ này"],
      tone: "canceled",
    })
  })

  it("shows no stale tracking number or reason for a parcel that is not shipped or canceled", () => {
    expect(
      shipmentState({ status: "confirmed", carrier: "GHN", tracking_number: "GHN1", cancel_reason: "x", refunds: [] }).details
    ).toEqual([])
  })

  it("tells where each refund of a canceled parcel is, by the way the money goes back", () => {
    const refunds = [
      { amount: 99_000, method: "card", status: "refunded" },
      { amount: 5_000, method: "bank_transfer", status: "to_pay_out" },
      { amount: 12_000, method: "cash", status: "paid_out" },
    ] as const
    expect(shipmentState({ ...shipment, status: "canceled", cancel_reason: "Hết hàng", refunds: [...refunds] }).details).toEqual([
      "Lý do: Hết hàng",
      "Đã hoàn 99.000\u00a0₫ vào thẻ của bạn",
      "Sẽ hoàn 5.000\u00a0₫: văn phòng OCOP chuyển khoản lại cho bạn",
      "Đã chuyển khoản hoàn 12.000\u00a0₫",
    ])
  })
})
