import { describe, expect, it } from "vitest"
import { defaultPeriod, parsePeriod } from "./period"

// 23:30 on 29 Nov in UTC is already 30 Nov in Vietnam (UTC+7).
const now = new Date("2026-11-29T23:30:00Z")

describe("report period", () => {
  it("defaults to the last 30 days up to today in Vietnam", () => {
    expect(defaultPeriod(now)).toEqual({ from: "2026-10-31", to: "2026-11-30" })
    expect(parsePeriod({}, now)).toEqual({ from: "2026-10-31", to: "2026-11-30" })
  })

  it("takes the dates asked for", () => {
    expect(parsePeriod({ from: "2026-11-01", to: "2026-11-15" }, now)).toEqual({ from: "2026-11-01", to: "2026-11-15" })
    expect(parsePeriod({ from: "2026-11-15", to: "2026-11-15" }, now)).toEqual({ from: "2026-11-15", to: "2026-11-15" })
  })

  it("falls back to the last 30 days, saying why, for unreadable or reversed dates", () => {
    expect(parsePeriod({ from: "2026-02-30", to: "2026-03-01" }, now)).toMatchObject({
      from: "2026-10-31",
      error: "Ngày không hợp lệ: đang xem 30 ngày gần nhất.",
    })
    expect(parsePeriod({ from: "2026-11-20", to: "2026-11-01" }, now)).toMatchObject({
      to: "2026-11-30",
      error: "Ngày bắt đầu sau ngày kết thúc: đang xem 30 ngày gần nhất.",
    })
  })
})
