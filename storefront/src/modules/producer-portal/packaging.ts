// Packagings (quy cách) as a producer types them: one row per packaging with its name, SKU, price
// and stock. Pure, so the browser and the server action run the same checks.
import type { NewVariant } from "./types"

export const PACKAGING_FIELDS = ["title", "sku", "price", "stock"] as const
export type PackagingField = (typeof PACKAGING_FIELDS)[number]

/** One row as typed, keyed by the id its inputs carry in their names: `variants[<key>][price]`. */
export type PackagingRow = { key: string } & Record<PackagingField, string>
export type PackagingErrors = Partial<Record<PackagingField, string>>

export const MAX_PRICE = 1_000_000_000
export const MAX_STOCK = 10_000_000

/** As the backend checks SKUs: unaccented letters, digits, ".", "-", "_"; 2 to 64 characters. */
export const SKU_PATTERN = /^[A-Za-z0-9._-]{2,64}$/

export function packagingInputName(key: string, field: PackagingField): string {
  return `variants[${key}][${field}]`
}

const INPUT_NAME = /^variants\[([\w-]+)\]\[(title|sku|price|stock)\]$/

/** The packaging rows of a form, in the order they appear (missing fields read as empty). */
export function readPackagingRows(form: FormData): PackagingRow[] {
  const rows = new Map<string, PackagingRow>()
  for (const [name, value] of form.entries()) {
    const match = INPUT_NAME.exec(name)
    if (!match || typeof value !== "string") continue
    const [, key, field] = match
    const row = rows.get(key) ?? { key, title: "", sku: "", price: "", stock: "" }
    row[field as PackagingField] = value.trim()
    rows.set(key, row)
  }
  return [...rows.values()]
}

/**
 * "120000", "120.000", "120 000 ₫" → 120000: a whole, positive number of đồng; null otherwise
 * (decimals, negative numbers, words). VND has no minor unit.
 */
export function parseVnd(raw: string): number | null {
  const compact = raw.replace(/[\s\u00a0]/g, "").replace(/(₫|đ|vnđ|vnd)$/i, "")
  let digits: string
  if (/^\d+$/.test(compact)) digits = compact
  else if (/^\d{1,3}([.,]\d{3})+$/.test(compact)) digits = compact.replace(/[.,]/g, "")
  else return null
  const amount = Number(digits)
  return amount > 0 && amount <= MAX_PRICE ? amount : null
}

/** A whole number of units from 0 up; null otherwise. */
export function parseStock(raw: string): number | null {
  const compact = raw.trim()
  if (!/^\d+$/.test(compact)) return null
  const stock = Number(compact)
  return stock <= MAX_STOCK ? stock : null
}

export const PRICE_MESSAGE = "Giá phải là số tiền nguyên dương (đồng), ví dụ 120000."
export const STOCK_MESSAGE = "Tồn kho phải là số nguyên từ 0 trở lên."

export function priceError(raw: string): string | undefined {
  if (!raw) return "Vui lòng nhập giá."
  return parseVnd(raw) === null ? PRICE_MESSAGE : undefined
}

export function stockError(raw: string): string | undefined {
  if (!raw) return "Vui lòng nhập tồn kho."
  return parseStock(raw) === null ? STOCK_MESSAGE : undefined
}

/** What is wrong with one row, each field on its own (a blank row has every field missing). */
export function packagingProblems(row: PackagingRow): PackagingErrors {
  const errors: PackagingErrors = {}
  if (!row.title) errors.title = "Vui lòng nhập tên quy cách, ví dụ Hộp 500 g."
  else if (row.title.length > 100) errors.title = "Tên quy cách tối đa 100 ký tự."
  if (!row.sku) errors.sku = "Vui lòng nhập SKU."
  else if (!SKU_PATTERN.test(row.sku)) errors.sku = "SKU chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (2–64 ký tự)."
  const price = priceError(row.price)
  if (price) errors.price = price
  const stock = stockError(row.stock)
  if (stock) errors.stock = stock
  return errors
}

const isBlank = (row: PackagingRow) => PACKAGING_FIELDS.every((field) => !row[field])

/** The key of the one row in the form that adds a packaging to an existing product. */
export const NEW_PACKAGING_KEY = "new"

/** The one row of a form that adds a single packaging (missing fields read as empty). */
export function readSingleRow(form: FormData, key: string): PackagingRow {
  return readPackagingRows(form).find((row) => row.key === key) ?? { key, title: "", sku: "", price: "", stock: "" }
}

/** One packaging as the API's `NewVariant`, or what is wrong with it. */
export function validatePackaging(row: PackagingRow): { ok: true; variant: NewVariant } | { ok: false; errors: PackagingErrors } {
  const errors = packagingProblems(row)
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, variant: { title: row.title, sku: row.sku, price: parseVnd(row.price)!, stock: parseStock(row.stock)! } }
}

export type PackagingValidation =
  | { ok: true; variants: NewVariant[] }
  | { ok: false; errors: Record<string, PackagingErrors>; formError?: string }

export const NO_PACKAGING_MESSAGE = "Vui lòng nhập ít nhất một quy cách (tên, SKU, giá và tồn kho)."

/**
 * The rows as the API's `NewVariant[]`: untouched rows are skipped, at least one is needed, and two
 * rows may not share a name or a SKU (the store tells packagings apart by both).
 */
export function validatePackagingRows(rows: PackagingRow[]): PackagingValidation {
  const filled = rows.filter((row) => !isBlank(row))
  if (filled.length === 0) return { ok: false, errors: {}, formError: NO_PACKAGING_MESSAGE }

  const errors: Record<string, PackagingErrors> = {}
  const titles = new Set<string>()
  const skus = new Set<string>()
  for (const row of filled) {
    const found = packagingProblems(row)
    const title = row.title.toLocaleLowerCase("vi")
    if (!found.title && titles.has(title)) found.title = "Tên quy cách này đã có ở dòng khác."
    if (!found.sku && skus.has(row.sku)) found.sku = "SKU này đã có ở dòng khác."
    titles.add(title)
    skus.add(row.sku)
    if (Object.keys(found).length > 0) errors[row.key] = found
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }

  return {
    ok: true,
    variants: filled.map((row) => ({
      title: row.title,
      sku: row.sku,
      price: parseVnd(row.price)!,
      stock: parseStock(row.stock)!,
    })),
  }
}
