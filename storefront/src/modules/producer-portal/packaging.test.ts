import { describe, expect, it } from "vitest"
import {
  NO_PACKAGING_MESSAGE,
  packagingInputName,
  parseStock,
  parseVnd,
  readPackagingRows,
  validatePackaging,
  validatePackagingRows,
  type PackagingRow,
} from "./packaging"

function form(rows: Record<string, Partial<Record<"title" | "sku" | "price" | "stock", string>>>): FormData {
  const data = new FormData()
  data.set("title", "Kẹo cu đơ")
  for (const [key, row] of Object.entries(rows))
    for (const [field, value] of Object.entries(row)) data.set(packagingInputName(key, field as "title"), value)
  return data
}

const row = (key: string, values: Partial<PackagingRow> = {}): PackagingRow => ({
  key,
  title: "Hộp 500 g",
  sku: "KCD-500",
  price: "120000",
  stock: "25",
  ...values,
})

describe("parseVnd", () => {
  it("reads whole đồng as typed, with Vietnamese thousand dots, spaces or a ₫ sign", () => {
    expect(parseVnd("120000")).toBe(120000)
    expect(parseVnd("120.000")).toBe(120000)
    expect(parseVnd("1.250.000 ₫")).toBe(1250000)
    expect(parseVnd("120 000")).toBe(120000)
    expect(parseVnd("45000đ")).toBe(45000)
  })

  it("refuses zero, negative, decimal and badly grouped amounts (VND has no minor unit)", () => {
    expect(parseVnd("0")).toBeNull()
    expect(parseVnd("-5000")).toBeNull()
    expect(parseVnd("120.5")).toBeNull()
    expect(parseVnd("12.00")).toBeNull()
    expect(parseVnd("1.20.000")).toBeNull()
    expect(parseVnd("một trăm")).toBeNull()
    expect(parseVnd("")).toBeNull()
  })
})

describe("parseStock", () => {
  it("accepts whole numbers from 0 and refuses fractions, signs and words", () => {
    expect(parseStock("0")).toBe(0)
    expect(parseStock(" 40 ")).toBe(40)
    expect(parseStock("2.5")).toBeNull()
    expect(parseStock("-1")).toBeNull()
    expect(parseStock("mười")).toBeNull()
  })
})

describe("readPackagingRows", () => {
  it("groups the inputs by their row key in the order the rows appear, trimming values", () => {
    const rows = readPackagingRows(
      form({ r0: { title: " Hộp 500 g ", sku: "KCD-500", price: "120.000", stock: "25" }, r3: { title: "Túi 200 g" } })
    )
    expect(rows).toEqual([
      { key: "r0", title: "Hộp 500 g", sku: "KCD-500", price: "120.000", stock: "25" },
      { key: "r3", title: "Túi 200 g", sku: "", price: "", stock: "" },
    ])
  })

  it("ignores the product's own fields and malformed names", () => {
    const data = form({})
    data.set("variants[r0][colour]", "đỏ")
    data.set("variants[][title]", "x")
    expect(readPackagingRows(data)).toEqual([])
  })
})

describe("validatePackagingRows", () => {
  it("turns filled rows into NewVariant[] with integer price and stock", () => {
    const result = validatePackagingRows([
      row("r0", { price: "120.000" }),
      row("r1", { title: "Túi 200 g", sku: "KCD-200", stock: "0" }),
    ])
    expect(result).toEqual({
      ok: true,
      variants: [
        { title: "Hộp 500 g", sku: "KCD-500", price: 120000, stock: 25 },
        { title: "Túi 200 g", sku: "KCD-200", price: 120000, stock: 0 },
      ],
    })
  })

  it("skips rows left blank but requires at least one packaging", () => {
    const blank = row("r1", { title: "", sku: "", price: "", stock: "" })
    expect(validatePackagingRows([row("r0"), blank])).toMatchObject({ ok: true, variants: [{ sku: "KCD-500" }] })
    expect(validatePackagingRows([blank])).toEqual({ ok: false, errors: {}, formError: NO_PACKAGING_MESSAGE })
    expect(validatePackagingRows([])).toEqual({ ok: false, errors: {}, formError: NO_PACKAGING_MESSAGE })
  })

  it("puts each problem on its row and field: positive price, integer stock, required name and SKU", () => {
    const result = validatePackagingRows([row("r0"), row("r1", { title: "", sku: "A B", price: "0", stock: "1.5" })])
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(Object.keys(result.errors)).toEqual(["r1"])
      expect(result.errors.r1).toEqual({
        title: expect.stringMatching(/^Vui lòng nhập tên quy cách/),
        sku: "SKU chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (2–64 ký tự).",
        price: expect.stringMatching(/^Giá phải là số tiền nguyên dương/),
        stock: "Tồn kho phải là số nguyên từ 0 trở lên.",
      })
    }
  })

  it("refuses two rows with the same packaging name (any case) or the same SKU, on the later row", () => {
    const result = validatePackagingRows([row("r0"), row("r1", { title: "HỘP 500 G" }), row("r2", { title: "Túi" })])
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.r1).toEqual({
        title: "Tên quy cách này đã có ở dòng khác.",
        sku: "SKU này đã có ở dòng khác.",
      })
      expect(result.errors.r2).toEqual({ sku: "SKU này đã có ở dòng khác." })
      expect(result.errors.r0).toBeUndefined()
    }
  })
})

describe("SKU", () => {
  it("takes unaccented letters, digits, dots, dashes and underscores, 2 to 64 of them, as the backend does", () => {
    const sku = (value: string) => validatePackaging(row("new", { sku: value }))
    expect(sku("KCD_500.v2-b").ok).toBe(true)
    expect(sku("KẸO-500").ok).toBe(false)
    expect(sku("K").ok).toBe(false)
    expect(sku("K".repeat(65)).ok).toBe(false)
  })
})

describe("validatePackaging (one packaging added to an existing product)", () => {
  it("requires every field of the single row, even when it is all blank", () => {
    const result = validatePackaging(row("new", { title: "", sku: "", price: "", stock: "" }))
    expect(result).toEqual({
      ok: false,
      errors: {
        title: expect.any(String),
        sku: "Vui lòng nhập SKU.",
        price: "Vui lòng nhập giá.",
        stock: "Vui lòng nhập tồn kho.",
      },
    })
  })

  it("gives the NewVariant of a valid row", () => {
    expect(validatePackaging(row("new", { price: "95.000 ₫" }))).toEqual({
      ok: true,
      variant: { title: "Hộp 500 g", sku: "KCD-500", price: 95000, stock: 25 },
    })
  })
})
