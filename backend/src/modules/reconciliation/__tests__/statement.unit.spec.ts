import { attachOutcome } from "../matching"
import { statementLineIds } from "../statement-line"

describe("statementLineIds", () => {
  const line = { received_at: "2026-12-05T17:00:00.000Z", amount: 150_000, reference: "5009.34878", memo: "OCOP 1042" }

  it("gives a line the same id in every import, so a statement imported twice records nothing twice", () => {
    expect(statementLineIds([line])).toEqual(statementLineIds([{ ...line, memo: "OCOP  1042 " }]))
  })

  it("tells lines apart by moment, amount, reference and memo", () => {
    const ids = statementLineIds([
      line,
      { ...line, received_at: "2026-12-06T17:00:00.000Z" },
      { ...line, amount: 150_001 },
      { ...line, reference: null },
      { ...line, memo: "OCOP 1043" },
    ])
    expect(new Set(ids).size).toBe(5)
  })

  it("keeps two identical lines as two transfers, numbered in statement order", () => {
    const twice = statementLineIds([line, line])
    expect(twice[0]).not.toBe(twice[1])
    expect(statementLineIds([line, line])).toEqual(twice)
  })
})

describe("attachOutcome", () => {
  it("captures nothing while the attached transfers fall short of the order", () => {
    expect(attachOutcome(150_000, 0, 100_000)).toEqual({ capture: false, status: "attached", owed_back: null })
  })
  it("captures when two partial transfers add up to the order exactly", () => {
    expect(attachOutcome(150_000, 100_000, 50_000)).toEqual({ capture: true, status: "attached", owed_back: null })
  })
  it("captures an overpayment for the order's amount and owes the surplus back", () => {
    expect(attachOutcome(150_000, 100_000, 70_000)).toEqual({ capture: true, status: "overpaid", owed_back: 20_000 })
  })
})
