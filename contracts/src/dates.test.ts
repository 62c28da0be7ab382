import assert from "node:assert/strict"
import { test } from "node:test"
import { dayText, parseDay, vietnamDay } from "./dates"

test("a day is the calendar day in Vietnam (UTC+7), not in UTC", () => {
  assert.equal(vietnamDay(new Date("2026-11-29T23:30:00Z")), "2026-11-30")
  assert.equal(vietnamDay(new Date("2026-11-29T16:59:59Z")), "2026-11-29")
})

test("only a real YYYY-MM-DD day is read from a query; the first of repeated ones", () => {
  assert.equal(parseDay("2026-11-01"), "2026-11-01")
  assert.equal(parseDay(["2026-02-28", "2026-03-01"]), "2026-02-28")
  assert.equal(parseDay("2026-02-30"), undefined)
  assert.equal(parseDay("1/11/2026"), undefined)
  assert.equal(parseDay(undefined), undefined)
})

test("a day is written dd/mm/yyyy", () => {
  assert.equal(dayText("2026-11-29"), "29/11/2026")
})
