import { describe, expect, it } from "vitest"
import { formatDate, formatDateTime, formatVnd } from "./format"

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

describe("formatDate", () => {
  it("writes dd/mm/yyyy for the day in Vietnam (UTC+7), not the server's zone", () => {
    expect(formatDate("2024-11-12T00:00:00Z")).toBe("12/11/2024")
    expect(formatDate("2027-11-11T17:30:00Z")).toBe("12/11/2027")
  })
})
