import { describe, expect, it } from "vitest"
import { cancelReasonCheck, readCancelReason } from "./cancel-reason"
import { formWith } from "@/modules/common/form-data"

describe("readCancelReason", () => {
  it("requires a reason, trimmed, and says who is told it", () => {
    expect(readCancelReason(formWith({ reason: "  " }), "producer_part")).toEqual({
      ok: false,
      error: "Nhập lý do hủy để khách hàng được biết.",
    })
    expect(readCancelReason(formWith({}), "pickup")).toEqual({
      ok: false,
      error: "Nhập lý do huỷ đơn để khách và nhà sản xuất được biết.",
    })
    expect(readCancelReason(formWith({ reason: " Hết hàng " }), "producer_part")).toEqual({ ok: true, reason: "Hết hàng" })
  })

  it("refuses more than 500 characters", () => {
    expect(readCancelReason(formWith({ reason: "x".repeat(501) }), "pickup")).toEqual({
      ok: false,
      error: "Lý do huỷ tối đa 500 ký tự.",
    })
  })
})

describe("cancelReasonCheck", () => {
  it("names the reason field when it is wrong, nothing when it is right", () => {
    const check = cancelReasonCheck("pickup")
    expect(check(formWith({ reason: "" }))).toEqual({ reason: "Nhập lý do huỷ đơn để khách và nhà sản xuất được biết." })
    expect(check(formWith({ reason: "Khách không đến nhận hàng." }))).toBeNull()
  })
})
