import { createHash } from "node:crypto"
import type { StatementCredit } from "@ocop/contracts/schemas"

/** How an imported statement's lines are recorded: `source` of their incoming transfers. */
export const STATEMENT_SOURCE = "statement"

/**
 * A stable id for each credit line of a statement: the hash of its moment, amount, bank reference and
 * memo, so the same statement imported twice (or a weekly one, then the monthly one holding the same
 * days) records each transfer once. Two identical lines (a shopper sending two equal halves the same
 * day, on a bank that prints no reference) stay two: the second of them is numbered.
 */
export function statementLineIds(credits: Pick<StatementCredit, "received_at" | "amount" | "reference" | "memo">[]): string[] {
  const seen = new Map<string, number>()
  return credits.map((credit) => {
    const key = [credit.received_at, credit.amount, credit.reference ?? "", credit.memo.replace(/\s+/g, " ").trim()].join("\n")
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    return createHash("sha256").update(`${key}\n${occurrence}`).digest("hex")
  })
}
