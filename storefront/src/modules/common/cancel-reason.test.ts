import { describe, expect, it } from "vitest"
import { checkCancelReason, readCancelReason } from "./cancel-reason"
import { formWith } from "@/modules/common/form-data"

describe("readCancelReason", () => {
  it("requires a reason, trimmed: the customer is told why", () => {
    expect(readCancelReason(formWith({ reason: "  " }))).toEqual({ ok: false, error: "Vui lòng nhập lý do hủy." })
    expect(readCancelReason(formWith({}))).toEqual({ ok: false, error: "Vui lòng nhập lý do hủy." })
    expect(readCancelReason(formWith({ reason: " Hết hàng " }))).toEqual({ ok: true, reason: "Hết hàng" })
  })

  it("refuses more than 500 characters", () => {
    expect(readCancelReason(formWith({ reason: "x".repeat(501) }))).toEqual({ ok: false, error: "Lý do hủy tối đa 500 ký tự." })
  })
})

describe("checkCancelReason", () => {
  it("names the reason field when it is wrong, nothing when it is right", () => {
    expect(checkCancelReason(formWith({ reason: "" }))).toEqual({ reason: "Vui lòng nhập lý do hủy." })
    expect(checkCancelReason(formWith({ reason: "Khách không đến nhận hàng." }))).toBeNull()
  })
})
