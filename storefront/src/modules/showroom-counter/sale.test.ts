import { describe, expect, it } from "vitest"
import {
  addToSale,
  changeDue,
  exactCodeMatch,
  lineTotal,
  parseMoney,
  readSaleForm,
  removeFromSale,
  saleTotal,
  setBatch,
  setQuantity,
  stampNotice,
  stampRefusalNotice,
  unitCount,
  unsellableReason,
  type SaleLine,
} from "./sale"
import type { ShelfLine } from "@ocop/contracts"
import { formWith } from "@/modules/common/form-data"

function shelf(overrides: Partial<ShelfLine> = {}): ShelfLine {
  return {
    variant_id: "variant_honey",
    sku: "MAT-ONG-CUONG-NGA-CHAI-500-ML",
    barcode: "8938505970012",
    product_id: "prod_honey",
    title: "Mật ong Cường Nga",
    variant_title: "Chai 500 ml",
    producer_name: "HTX Mật ong Cường Nga",
    thumbnail: null,
    price: 164000,
    stock: 3,
    sold_30_days: 0,
    days_of_stock_left: null,
    low_stock: true,
    received_batches: [],
    ...overrides,
  }
}

const candy = shelf({
  variant_id: "variant_candy",
  sku: "KEO-CU-DO-GOI-200-G",
  barcode: null,
  title: "Kẹo cu đơ",
  variant_title: "Gói 200 g",
  price: 37000,
  stock: 20,
})

describe("sale lines", () => {
  it("adds a packaging once, then counts it up on every further add", () => {
    let lines = addToSale([], shelf())
    expect(lines).toEqual([expect.objectContaining({ variant_id: "variant_honey", quantity: 1, price: 164000, stock: 3 })])
    lines = addToSale(lines, shelf())
    expect(lines).toHaveLength(1)
    expect(lines[0].quantity).toBe(2)
  })

  it("never sells more than the shelf holds, adding or stepping up", () => {
    let lines: SaleLine[] = []
    for (let i = 0; i < 5; i++) lines = addToSale(lines, shelf())
    expect(lines[0].quantity).toBe(3)
    expect(setQuantity(lines, "variant_honey", 10)[0].quantity).toBe(3)
  })

  it("follows the shelf's newest count when the same packaging is added again", () => {
    const lines = addToSale([], shelf({ stock: 3 }))
    const after = addToSale(lines, shelf({ stock: 1 }))
    expect(after[0]).toMatchObject({ stock: 1, quantity: 1 })
  })

  it("does not add a packaging that is out of stock or has no price", () => {
    expect(addToSale([], shelf({ stock: 0 }))).toEqual([])
    expect(addToSale([], shelf({ price: null }))).toEqual([])
    expect(unsellableReason(shelf({ stock: 0 }))).toBe("Hết hàng")
    expect(unsellableReason(shelf({ price: null }))).toBe("Chưa có giá bán")
    expect(unsellableReason(shelf())).toBeNull()
  })

  it("takes a line off the sale when it is removed or stepped down below 1", () => {
    const lines = addToSale(addToSale([], shelf()), candy)
    expect(removeFromSale(lines, "variant_honey").map((line) => line.variant_id)).toEqual(["variant_candy"])
    expect(setQuantity(lines, "variant_candy", 0).map((line) => line.variant_id)).toEqual(["variant_honey"])
  })

  it("keeps units of a scanned stamp's batch on their own line, within the shelf's count for the packaging", () => {
    const lot = { id: "batch_10", lot_number: "MO-10" }
    let lines = addToSale([], shelf(), lot)
    lines = addToSale(lines, shelf())
    lines = addToSale(lines, shelf(), lot)
    expect(lines.map((line) => [line.batch?.lot_number ?? null, line.quantity])).toEqual([
      ["MO-10", 2],
      [null, 1],
    ])
    // The shelf holds 3: a fourth unit, from either line, is not added.
    expect(addToSale(lines, shelf())).toEqual(lines)
    expect(setQuantity(lines, "variant_honey", 5)[1].quantity).toBe(1)
  })

  it("names a line's batch from the lots received, joining the line already of that batch", () => {
    const lot = { id: "batch_10", lot_number: "MO-10" }
    const lines = addToSale(addToSale([], shelf({ received_batches: [lot] }), lot), shelf({ received_batches: [lot] }))
    const chosen = setBatch(lines, "variant_honey", lot)
    expect(chosen).toEqual([expect.objectContaining({ batch: lot, quantity: 2 })])
    expect(setBatch(chosen, "variant_honey@batch_10", null)).toEqual([expect.objectContaining({ batch: null, quantity: 2 })])
  })

  it("totals each line and the sale in đồng", () => {
    let lines = addToSale(addToSale(addToSale([], shelf()), shelf()), candy)
    lines = setQuantity(lines, "variant_candy", 3)
    expect(lineTotal(lines[0])).toBe(328000)
    expect(saleTotal(lines)).toBe(328000 + 111000)
    expect(unitCount(lines)).toBe(5)
    expect(saleTotal([])).toBe(0)
  })
})

describe("cash and change", () => {
  it("reads amounts the way cashiers write them", () => {
    expect(parseMoney("200000")).toBe(200000)
    expect(parseMoney("200.000")).toBe(200000)
    expect(parseMoney("200 000 ₫")).toBe(200000)
    expect(parseMoney("1,500,000")).toBe(1500000)
    expect(parseMoney("abc")).toBeNull()
    expect(parseMoney("-5000")).toBeNull()
    expect(parseMoney("")).toBeNull()
  })

  it("gives change only once the cash covers the total", () => {
    expect(changeDue(439000, 500000)).toBe(61000)
    expect(changeDue(439000, 439000)).toBe(0)
    expect(changeDue(439000, 400000)).toBeNull()
    expect(changeDue(439000, null)).toBeNull()
  })
})

describe("exactCodeMatch (Enter on a scanned or typed code)", () => {
  const results = [shelf(), candy]

  it("finds the packaging whose SKU or barcode is exactly the code, whatever the case and spaces", () => {
    expect(exactCodeMatch(" keo-cu-do-goi-200-g ", results)?.variant_id).toBe("variant_candy")
    expect(exactCodeMatch("8938505970012", results)?.variant_id).toBe("variant_honey")
  })

  it("does not pick anything for a name or part of a code, even with a single result", () => {
    expect(exactCodeMatch("mat ong", [shelf()])).toBeNull()
    expect(exactCodeMatch("KEO-CU-DO", results)).toBeNull()
    expect(exactCodeMatch("", results)).toBeNull()
  })
})

describe("readSaleForm", () => {
  const lines = JSON.stringify([
    { variant_id: "variant_honey", quantity: 2, price: 164000, batch_id: "batch_10" },
    { variant_id: "variant_candy", quantity: 1, price: 37000, batch_id: null },
  ])

  it("sends the lines with their batches and the cash received for a cash sale", () => {
    expect(readSaleForm(formWith({ lines, payment_method: "cash", cash_received: "400.000" }))).toEqual({
      ok: true,
      sale: {
        lines: [
          { variant_id: "variant_honey", quantity: 2, batch_id: "batch_10" },
          { variant_id: "variant_candy", quantity: 1, batch_id: null },
        ],
        payment_method: "cash",
        cash_received: 400000,
      },
    })
  })

  it("sends no cash amount for a bank transfer, whatever the box held", () => {
    const read = readSaleForm(formWith({ lines, payment_method: "bank_transfer", cash_received: "10" }))
    expect(read).toEqual({ ok: true, sale: expect.not.objectContaining({ cash_received: expect.anything() }) })
  })

  it("refuses an empty sale, and cash short of the total", () => {
    expect(readSaleForm(formWith({ lines: "[]", payment_method: "cash" }))).toEqual({
      ok: false,
      errors: { lines: "Thêm ít nhất một sản phẩm." },
    })
    expect(readSaleForm(formWith({ lines: "not json", payment_method: "cash" })).ok).toBe(false)
    expect(readSaleForm(formWith({ lines, payment_method: "cash", cash_received: "300000" }))).toEqual({
      ok: false,
      errors: { cash_received: "Số tiền khách đưa chưa đủ tổng tiền." },
    })
  })

  it("lets a cash sale go without the amount given (the cashier had the exact sum)", () => {
    const read = readSaleForm(formWith({ lines, payment_method: "cash", cash_received: "" }))
    expect(read.ok && read.sale.cash_received).toBeUndefined()
  })
})

describe("stampNotice (a scanned OCOP stamp)", () => {
  const stamp = { code: "7K3M-9QXR-2D4F-D", batch_id: "batch_nm", lot_number: "NM-2026-10", expires_on: "2028-10-15" }
  it("names the lot and expiry of a valid stamp", () => {
    expect(stampNotice({ ...stamp, status: "activated" })).toEqual({
      ok: true,
      text: "Tem OCOP 7K3M-9QXR-2D4F-D hợp lệ · lô NM-2026-10, HSD 15/10/2028.",
    })
  })
  it("tells staff not to sell a unit whose stamp is voided or not yet activated", () => {
    expect(stampNotice({ ...stamp, status: "voided" })).toMatchObject({ ok: false, text: expect.stringMatching(/đã bị huỷ/) })
    expect(stampNotice({ ...stamp, status: "printed", expires_on: null })).toMatchObject({
      ok: false,
      text: expect.stringMatching(/chưa được nhà sản xuất kích hoạt/),
    })
  })
})

describe("stampRefusalNotice (a stamp code that names no stamp)", () => {
  it("asks staff to retype or scan again a code with a typing error, and not to sell by a code no stamp has", () => {
    expect(stampRefusalNotice("mistyped")).toMatch(/có ký tự gõ nhầm: hãy quét lại/)
    expect(stampRefusalNotice("mistyped")).not.toMatch(/không bán/i)
    expect(stampRefusalNotice("unknown")).toMatch(/Không có tem nào mang mã này.*không bán sản phẩm này/)
  })
})
