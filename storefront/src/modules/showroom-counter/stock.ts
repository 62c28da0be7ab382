import type { ShelfLine } from "@ocop/contracts"

export type StockSummary = { items: number; units: number; low: number }

/** The Tồn kho page's summary: packagings on the list, units on the shelf, those running low. */
export function summarizeStock(lines: Pick<ShelfLine, "stock" | "low_stock">[]): StockSummary {
  return {
    items: lines.length,
    units: lines.reduce((sum, line) => sum + line.stock, 0),
    low: lines.filter((line) => line.low_stock).length,
  }
}
