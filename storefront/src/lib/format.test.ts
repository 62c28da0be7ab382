import { describe, expect, it } from "vitest"
import { formatDateTime, formatVnd } from "./format"

describe("formatVnd", () => {
  it("writes whole đồng with dot grouping and a no-break space before ₫", () => {
    expect(formatVnd(120000)).toBe("120.000\u00a0₫")
  })

  it("never shows decimals, since VND has no minor unit", () => {
    expect(formatVnd(30000)).toBe("30.000\u00a0₫")
    expect(formatVnd(1234567)).toBe("1.234.567\u00a0₫")
    expect(formatVnd(0)).toBe("0\u00a0₫")
  })
})

describe("formatDateTime", () => {
  it("shows the time in Vietnam (UTC+7), not the server's zone", () => {
    expect(formatDateTime("2026-01-31T18:30:00Z")).toBe("01:30 01/02/2026")
  })
})
