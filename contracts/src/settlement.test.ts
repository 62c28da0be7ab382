import assert from "node:assert/strict"
import { test } from "node:test"
import { lineCommission, monthBounds, monthEnded, previousMonth, settlementTotals, vietnamMonth } from "./settlement"

test("a month runs from 00:00 on its first day to 00:00 on the next month's first day, Vietnam time", () => {
  assert.deepEqual(monthBounds("2026-11"), {
    from: new Date("2026-10-31T17:00:00.000Z"),
    to: new Date("2026-11-30T17:00:00.000Z"),
  })
  assert.deepEqual(monthBounds("2026-12").to, new Date("2026-12-31T17:00:00.000Z"))
  assert.equal(vietnamMonth(new Date("2026-11-30T16:59:59.999Z")), "2026-11")
  assert.equal(vietnamMonth(new Date("2026-11-30T17:00:00.000Z")), "2026-12")
})

test("the month to close is the one before today's in Vietnam, and a month is closable only once it has ended", () => {
  assert.equal(previousMonth(new Date("2026-12-01T01:00:00.000Z")), "2026-11")
  assert.equal(previousMonth(new Date("2027-01-01T00:00:00.000Z")), "2026-12")
  // 23:00 on 31 Dec in Hà Nội is still December: the month before is November.
  assert.equal(previousMonth(new Date("2026-12-31T16:00:00.000Z")), "2026-11")
  assert.equal(monthEnded("2026-11", new Date("2026-11-30T16:59:59.999Z")), false)
  assert.equal(monthEnded("2026-11", new Date("2026-11-30T17:00:00.000Z")), true)
})

test("commission is rounded per line, half away from zero, in whole đồng", () => {
  assert.equal(lineCommission(120_000, 0), 0)
  assert.equal(lineCommission(120_000, 500), 6_000)
  assert.equal(lineCommission(33_333, 250), 833) // 833,325
  assert.equal(lineCommission(33_340, 250), 834) // 833,5 → 834
  assert.equal(lineCommission(-33_340, 250), -834) // a counter return takes back what its sale added
  assert.equal(lineCommission(99_999_999, 10_000), 99_999_999)
})

test("a statement's totals are the sums of its lines, and the balance is what the marketplace holds less all commission", () => {
  const bps = 333
  const sales = [
    { method: "transfer" as const, amount: 155_001 },
    { method: "card" as const, amount: 99_999 },
    { method: "cod" as const, amount: 120_500 },
    { method: "counter" as const, amount: 45_000 },
    { method: "counter" as const, amount: -15_000 },
  ]
  const lines = sales.map((sale) => ({ ...sale, commission: lineCommission(sale.amount, bps) }))
  const totals = settlementTotals(lines)
  assert.equal(totals.collected_by_marketplace, 255_000)
  assert.equal(totals.collected_by_producer, 150_500)
  assert.equal(
    totals.commission,
    lines.reduce((sum, line) => sum + line.commission, 0)
  )
  assert.equal(totals.commission, 5_162 + 3_330 + 4_013 + 1_499 - 500)
  assert.equal(totals.balance, 255_000 - totals.commission)
  // Everything the producer sold, less the commission, is what it ends up with either way.
  assert.equal(totals.balance + totals.collected_by_producer, 405_500 - totals.commission)
  // A producer that collected most itself owes the commission on it: a negative balance.
  assert.equal(settlementTotals([{ method: "cod", amount: 100_000, commission: 10_000 }]).balance, -10_000)
})
