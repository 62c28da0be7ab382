import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatDate, formatDateTime, formatVnd } from "./format"

describe("formatVnd", () => {
  it("writes whole đồng with dot grouping and a no-break space before ₫", () => {
    assert.equal(formatVnd(120000), "120.000\u00a0₫")
  })

  it("never shows decimals, since VND has no minor unit", () => {
    assert.equal(formatVnd(30000), "30.000\u00a0₫")
    assert.equal(formatVnd(1234567), "1.234.567\u00a0₫")
    assert.equal(formatVnd(0), "0\u00a0₫")
  })
})

describe("formatDateTime", () => {
  it("shows the time in Vietnam (UTC+7), not the server's zone", () => {
    assert.equal(formatDateTime("2026-01-31T18:30:00Z"), "01:30 01/02/2026")
  })
})

describe("formatDate", () => {
  it("writes dd/mm/yyyy for the day in Vietnam (UTC+7), not the server's zone", () => {
    assert.equal(formatDate("2024-11-12T00:00:00Z"), "12/11/2024")
    assert.equal(formatDate("2027-11-11T17:30:00Z"), "12/11/2027")
  })
})

describe("a missing date", () => {
  it("is a dash, as tables show an empty cell", () => {
    assert.equal(formatDate(null), "—")
    assert.equal(formatDateTime(undefined), "—")
  })
})
