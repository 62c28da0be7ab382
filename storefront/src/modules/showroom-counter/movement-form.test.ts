import { describe, expect, it } from "vitest"
import { readAdjustmentForm, readCustomerReturnForm, readReceiptForm, readReturnForm } from "./movement-form"

function rowsForm(rows: [string, string, string?][], extra: Record<string, string> = {}): FormData {
  const data = new FormData()
  for (const [sku, quantity, batch] of rows) {
    data.append("sku", sku)
    data.append("quantity", quantity)
    data.append("batch_code", batch ?? "")
  }
  for (const [key, value] of Object.entries(extra)) data.set(key, value)
  return data
}

describe("Nhận hàng ký gửi", () => {
  it("sends the filled rows with their batch when given, skipping blank rows", () => {
    const read = readReceiptForm(
      rowsForm(
        [
          ["KEO-CU-DO", "20", "LO-01"],
          ["", "", ""],
          ["MAT-ONG", "5"],
        ],
        { note: " Lô tháng 11 " }
      )
    )
    expect(read).toEqual({
      ok: true,
      input: {
        lines: [
          { sku: "KEO-CU-DO", quantity: 20, batch_code: "LO-01" },
          { sku: "MAT-ONG", quantity: 5 },
        ],
        note: "Lô tháng 11",
      },
    })
  })

  it("names the row at fault: a quantity without a SKU, zero, negative or not a whole number", () => {
    const read = readReceiptForm(
      rowsForm([
        ["", "3"],
        ["A", "0"],
        ["B", "-2"],
        ["C", "1.5"],
      ])
    )
    expect(read).toEqual({
      ok: false,
      errors: {
        "sku.0": "Nhập mã SKU.",
        "quantity.1": "Số lượng nhận phải lớn hơn 0.",
        "quantity.2": "Số lượng nhận phải lớn hơn 0.",
        "quantity.3": "Số lượng phải là số nguyên.",
      },
    })
  })

  it("asks for at least one row when every row is blank", () => {
    expect(
      readReceiptForm(
        rowsForm([
          ["", ""],
          ["", ""],
        ])
      )
    ).toEqual({
      ok: false,
      errors: { lines: "Thêm ít nhất một dòng hàng." },
    })
  })
})

describe("Trả hàng cho nhà sản xuất", () => {
  it("sends SKU and quantity only (no batch)", () => {
    expect(readReturnForm(rowsForm([["KEO-CU-DO", "4", "LO-01"]]))).toEqual({
      ok: true,
      input: { lines: [{ sku: "KEO-CU-DO", quantity: 4 }], note: undefined },
    })
  })
})

describe("Điều chỉnh tồn kho", () => {
  it("takes signed quantities, the typographic minus included, with a reason", () => {
    expect(
      readAdjustmentForm(
        rowsForm(
          [
            ["A", "−2"],
            ["B", "+3"],
          ],
          { reason: "count_correction" }
        )
      )
    ).toEqual({
      ok: true,
      input: {
        lines: [
          { sku: "A", quantity: -2 },
          { sku: "B", quantity: 3 },
        ],
        reason: "count_correction",
        note: undefined,
      },
    })
  })

  it("always asks for a reason, and refuses a zero", () => {
    expect(readAdjustmentForm(rowsForm([["A", "0"]]))).toEqual({
      ok: false,
      errors: {
        "quantity.0": "Số lượng điều chỉnh phải khác 0 (âm: bớt, dương: thêm).",
        reason: "Chọn lý do điều chỉnh: hư hỏng, hết hạn, thất lạc hoặc kiểm kê lại.",
      },
    })
  })

  it("lets damaged, expired and lost goods only leave the shelf", () => {
    for (const reason of ["damaged", "expired", "lost"]) {
      const read = readAdjustmentForm(rowsForm([["A", "2"]], { reason }))
      expect(read).toEqual({
        ok: false,
        errors: { "quantity.0": "Với lý do này, nhập số âm (số lượng bớt khỏi quầy)." },
      })
      expect(readAdjustmentForm(rowsForm([["A", "-2"]], { reason })).ok).toBe(true)
    }
  })
})

describe("Khách trả hàng", () => {
  function returnForm(values: Record<string, string>) {
    const data = new FormData()
    for (const [key, value] of Object.entries(values)) data.set(key, value)
    return data
  }

  it("reads the order id from the receipt, the code and a quantity above 0", () => {
    expect(readCustomerReturnForm(returnForm({ order_id: " order_01ABC ", code: "MAT-ONG", quantity: "1", note: "" }))).toEqual({
      ok: true,
      input: { order_id: "order_01ABC", code: "MAT-ONG", quantity: 1, note: undefined },
    })
  })

  it("refuses a receipt number in place of the order id, and a missing code or quantity", () => {
    expect(readCustomerReturnForm(returnForm({ order_id: "#12", code: "", quantity: "0" }))).toEqual({
      ok: false,
      errors: {
        order_id: "Mã đơn có dạng order_… (in trên hoá đơn).",
        code: "Nhập SKU hoặc mã vạch.",
        quantity: "Số lượng phải là số nguyên lớn hơn 0.",
      },
    })
  })
})
