import { VIETNAM_OFFSET_MS } from "./dates"
import { foldVietnamese } from "./vietnamese"

// A bank statement as Vietnamese banks export it (issue 16; PAYMENTS-VN.md §3): the office's Admin
// reads the CSV and maps its columns with these rules, and the backend checks every line with them.
// No bank publishes its layout, so the rules are lenient where exports differ (separators, title rows,
// a UTF-8 BOM) and strict where a mistake would move money (amounts, dates).

/** The columns the office maps: column indexes in the statement's header row. */
export type StatementColumns = {
  date: number | null
  /** The credit ("ghi có") column: money coming in. */
  credit: number | null
  memo: number | null
  reference: number | null
}

export const STATEMENT_FIELDS = ["date", "credit", "memo", "reference"] as const
export type StatementField = (typeof STATEMENT_FIELDS)[number]

export const STATEMENT_FIELD_LABELS: Record<StatementField, string> = {
  date: "Ngày giao dịch",
  credit: "Số tiền ghi có",
  memo: "Nội dung",
  reference: "Số tham chiếu",
}

/** What Admin accepts: a CSV of at most 1 MB, at most this many transactions. */
export const STATEMENT_LIMITS = { bytes: 1_000_000, lines: 1_000 } as const

/** The separator the header line uses most: banks and spreadsheets write ",", ";" or tab. */
function separatorOf(text: string): string {
  const firstLines = text.split(/\r?\n/, 40).join("\n")
  const count = (sep: string) => firstLines.split(sep).length
  return [",", ";", "\t"].reduce((best, sep) => (count(sep) > count(best) ? sep : best), ",")
}

/** CSV text as rows of cells (RFC 4180 quotes, CRLF or LF, a leading UTF-8 BOM dropped); blank rows left out. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "")
  const sep = separatorOf(source)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"' && cell === "") quoted = true
    else if (char === sep) {
      row.push(cell)
      cell = ""
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ""
    } else cell += char
  }
  row.push(cell)
  rows.push(row)
  return rows.map((cells) => cells.map((c) => c.trim())).filter((cells) => cells.some(Boolean))
}

const folded = (header: string) =>
  foldVietnamese(header)
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, " ")
    .trim()

// Header words seen in VCB, Techcombank, MB, ACB, VietinBank and TPBank exports, most specific first.
const HEADER_WORDS: Record<StatementField, RegExp[]> = {
  date: [/^ngay giao dich/, /^ngay hach toan/, /^ngay gd/, /transaction date/, /^ngay\b/, /\bdate\b/],
  credit: [/ghi co/, /phat sinh co/, /tien gui vao/, /^co( \/ ?credit)?$/, /^co\/credit/, /\bcredit\b/, /\bso tien vao\b/],
  memo: [/^noi dung/, /^mo ta/, /^dien giai/, /^chi tiet/, /\bdescription\b/, /\bdetails?\b/, /\bremark/],
  reference: [/so tham chieu/, /so giao dich/, /ma giao dich/, /so but toan/, /\breference\b/, /\bref\b/, /txn/],
}

/** The column each field most likely is, from the header row's words; null where none fits. */
export function guessStatementColumns(header: string[]): StatementColumns {
  const names = header.map(folded)
  const taken = new Set<number>()
  const guess = {} as StatementColumns
  for (const field of STATEMENT_FIELDS) {
    let found: number | null = null
    for (const word of HEADER_WORDS[field]) {
      const index = names.findIndex((name, i) => !taken.has(i) && word.test(name))
      if (index >= 0) {
        found = index
        break
      }
    }
    if (found !== null) taken.add(found)
    guess[field] = found
  }
  return guess
}

/** Exports open with the bank's title, the account and the period: the header is the first row naming a date and a credit. */
export function statementHeaderRow(rows: string[][]): number {
  const index = rows.slice(0, 60).findIndex((row) => {
    const guess = guessStatementColumns(row)
    return guess.date !== null && guess.credit !== null
  })
  return Math.max(index, 0)
}

/** Where the transactions end: VCB and others close with a "Tổng" (total) row. */
const TOTAL_ROW = /^(tong|cong|total)\b/

/** One transaction as the office mapped it: the cells' raw text, checked by the backend. */
export type StatementLineInput = {
  /** Its line in the file (1 = first), to point the office at it. */
  row: number
  date: string
  amount: string
  memo: string
  reference: string
}

/** The transactions below the header, in the mapped columns, up to the total row. */
export function statementLines(rows: string[][], headerRow: number, columns: StatementColumns): StatementLineInput[] {
  const cell = (row: string[], index: number | null) => (index === null ? "" : (row[index] ?? ""))
  const lines: StatementLineInput[] = []
  for (const [offset, row] of rows.slice(headerRow + 1).entries()) {
    if (row.some((c) => TOTAL_ROW.test(folded(c))) && !cell(row, columns.date).match(/\d/)) break
    lines.push({
      row: headerRow + offset + 2,
      date: cell(row, columns.date),
      amount: cell(row, columns.credit),
      memo: cell(row, columns.memo),
      reference: cell(row, columns.reference),
    })
  }
  return lines
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string }

/**
 * A credit cell in whole đồng: `1,000,000`, `1.000.000`, `1 000 000` or `1000000`, with or without
 * "VND"/"đ"/"₫" and a `.00` a spreadsheet adds. 0 for an empty cell: a debit row, no money in.
 * "1.5" or a negative amount is refused, never guessed: a misread amount would pay the wrong order.
 */
export function statementAmount(raw: string): Checked<number> {
  const text = raw
    .replace(/vn[dđ]|đ|₫/gi, "")
    .replace(/[\s\u00a0]/g, "")
    .trim()
  if (text === "" || text === "-" || /^0+([.,]0+)?$/.test(text)) return { ok: true, value: 0 }
  const bad = { ok: false as const, reason: `số tiền «${raw}» không đọc được (ví dụ đúng: 1.000.000 hoặc 1,000,000).` }
  if (/^[-(]/.test(text)) return { ok: false, reason: `số tiền «${raw}» là số âm: cột ghi có chỉ có tiền vào.` }
  // Whole đồng, maybe grouped by one separator, maybe followed by zero decimals with the other one.
  const grouped = /^(\d{1,3}(?:([.,])\d{3}(?:\2\d{3})*)?|\d+)(?:([.,])0{1,2})?$/.exec(text)
  if (!grouped) return bad
  const [, whole, group, decimal] = grouped
  if (group && decimal && group === decimal) return bad
  // "1.000" alone is a thousand the Vietnamese way; "1.00" is one with decimals, and not grouped.
  const value = Number(whole.replace(/[.,]/g, ""))
  if (!Number.isSafeInteger(value) || value <= 0) return bad
  return { ok: true, value }
}

/**
 * A statement date, `dd/MM/yyyy` (or with `-` or `.`), optionally with a time `HH:mm[:ss]`, or ISO
 * `yyyy-MM-dd`: the instant in Vietnam's time (UTC+7). An impossible day (31/02) is refused.
 */
export function statementDate(raw: string): Checked<Date> {
  const text = raw.trim()
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text)
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text)
  const parts = vn ? [vn[3], vn[2], vn[1], vn[4], vn[5], vn[6]] : iso ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]] : null
  if (!parts) return { ok: false, reason: `ngày «${raw}» không đọc được (cần dạng ngày/tháng/năm, ví dụ 06/12/2026).` }
  const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? 0))
  const utc = Date.UTC(year, month - 1, day, hour, minute, second)
  const check = new Date(utc)
  const real =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  if (!real || year < 2000) return { ok: false, reason: `ngày «${raw}» không có thật.` }
  return { ok: true, value: new Date(utc - VIETNAM_OFFSET_MS) }
}
