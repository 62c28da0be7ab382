import type { MedusaResponse } from "@medusajs/framework/http"

/** One cell, quoted when it holds a separator, a quote or a line break; empty for null. */
const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows as CSV: UTF-8 with a BOM so Excel reads the Vietnamese, CRLF line ends as spreadsheets write them. */
export function csvText(rows: unknown[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`
}

/** Answers a CSV download under the server's file name (plain ASCII, so every browser keeps it). */
export function sendCsv(res: MedusaResponse, fileName: string, rows: unknown[][]) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${fileName}"`)
  res.send(csvText(rows))
}
