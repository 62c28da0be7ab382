import { describe, expect, it, vi } from "vitest"
import type { PortalProduct } from "@/modules/producer-portal/types"
import { packagingOptions, readBatchForm, readVoidForm } from "./batch-form"
import { formWith } from "@/modules/common/form-data"

const TODAY = "2026-11-29"
const batch = (entries: Record<string, string> = {}) =>
  formWith({
    variant_id: "variant_01",
    lot_number: "L2611-01",
    produced_on: "2026-11-20",
    expires_on: "2027-05-20",
    quantity: "200",
    ...entries,
  })

describe("readBatchForm", () => {
  it("sends the batch with its days as typed and the quantity as a number", () => {
    expect(readBatchForm(batch({ lot_number: "  L2611-01 " }), TODAY)).toEqual({
      ok: true,
      input: {
        variant_id: "variant_01",
        lot_number: "L2611-01",
        produced_on: "2026-11-20",
        expires_on: "2027-05-20",
        quantity: 200,
      },
    })
  })

  it("requires a packaging, a lot number, a production day and a quantity", () => {
    expect(readBatchForm(formWith({}), TODAY)).toEqual({
      ok: false,
      errors: {
        variant_id: "Vui lòng chọn quy cách đóng gói.",
        lot_number: "Vui lòng nhập số lô.",
        produced_on: "Vui lòng nhập ngày sản xuất.",
        quantity: "Vui lòng nhập số tem.",
      },
    })
  })

  it("caps the lot number at 50 characters", () => {
    expect(readBatchForm(batch({ lot_number: "L".repeat(50) }), TODAY).ok).toBe(true)
    expect(readBatchForm(batch({ lot_number: "L".repeat(51) }), TODAY)).toEqual({
      ok: false,
      errors: { lot_number: "Số lô tối đa 50 ký tự." },
    })
  })

  it("refuses a production day that is not a real day, or after today in Vietnam", () => {
    expect(readBatchForm(batch({ produced_on: "2026-02-30" }), TODAY)).toEqual({
      ok: false,
      errors: { produced_on: "Ngày sản xuất không hợp lệ." },
    })
    expect(readBatchForm(batch({ produced_on: "29/11/2026" }), TODAY).ok).toBe(false)
    expect(readBatchForm(batch({ produced_on: TODAY, expires_on: "" }), TODAY).ok).toBe(true)
    expect(readBatchForm(batch({ produced_on: "2026-11-30", expires_on: "" }), TODAY)).toEqual({
      ok: false,
      errors: { produced_on: "Ngày sản xuất không được sau hôm nay." },
    })
  })

  it("reads today as the day in Vietnam when none is given (UTC+7)", () => {
    vi.useFakeTimers()
    try {
      const madeOn29 = batch({ produced_on: "2026-11-29", expires_on: "" })
      vi.setSystemTime(new Date("2026-11-28T16:59:00Z")) // 23:59 on 28/11 in Vietnam
      expect(readBatchForm(madeOn29).ok).toBe(false)
      vi.setSystemTime(new Date("2026-11-28T17:00:00Z")) // 00:00 on 29/11 in Vietnam
      expect(readBatchForm(madeOn29).ok).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it("leaves the expiry out when none is typed, and refuses one before the production day", () => {
    expect(readBatchForm(batch({ expires_on: "" }), TODAY)).toEqual({
      ok: true,
      input: { variant_id: "variant_01", lot_number: "L2611-01", produced_on: "2026-11-20", quantity: 200 },
    })
    expect(readBatchForm(batch({ expires_on: "2026-11-20" }), TODAY).ok).toBe(true)
    expect(readBatchForm(batch({ expires_on: "2026-11-19" }), TODAY)).toEqual({
      ok: false,
      errors: { expires_on: "Hạn sử dụng không được trước ngày sản xuất." },
    })
    expect(readBatchForm(batch({ expires_on: "sometime" }), TODAY)).toEqual({
      ok: false,
      errors: { expires_on: "Hạn sử dụng không hợp lệ." },
    })
  })

  it("takes a whole number of stamps from 1 to 5,000", () => {
    expect(readBatchForm(batch({ quantity: "1" }), TODAY).ok).toBe(true)
    expect(readBatchForm(batch({ quantity: "5000" }), TODAY).ok).toBe(true)
    for (const quantity of ["0", "5001", "12.5", "-3", "1e3", "mười"]) {
      expect(readBatchForm(batch({ quantity }), TODAY)).toEqual({
        ok: false,
        errors: { quantity: "Số tem phải là số nguyên từ 1 đến 5.000." },
      })
    }
  })
})

describe("packagingOptions", () => {
  const variant = (id: string, title: string, sku: string, certified: boolean) => ({
    id,
    title,
    sku,
    certified,
    price: 120000,
    stock: 10,
  })
  const product = (title: string, variants: PortalProduct["variants"]): PortalProduct => ({
    id: `prod_${title}`,
    title,
    handle: title,
    description: null,
    thumbnail: null,
    images: [],
    listed: true,
    created_at: "2026-01-01T00:00:00Z",
    variants,
  })

  it("offers only packagings a valid certificate covers, named product – packaging (SKU)", () => {
    const products = [
      product("Kẹo cu đơ", [
        variant("v1", "Hộp 500 g", "KCD-500", true),
        variant("v2", "Túi 200 g", "KCD-200", false),
      ]),
      product("Mật ong", [variant("v3", "Chai 1 l", "MO-1L", true)]),
    ]
    expect(packagingOptions(products)).toEqual([
      { value: "v1", label: "Kẹo cu đơ – Hộp 500 g (KCD-500)" },
      { value: "v3", label: "Mật ong – Chai 1 l (MO-1L)" },
    ])
  })
})

describe("readVoidForm", () => {
  it("requires the stamp code and a reason", () => {
    expect(readVoidForm(formWith({ code: " ab12-cd34-ef56 ", reason: " Tem bị rách " }))).toEqual({
      ok: true,
      input: { code: "ab12-cd34-ef56", reason: "Tem bị rách" },
    })
    expect(readVoidForm(formWith({ code: "", reason: "  " }))).toEqual({
      ok: false,
      errors: { code: "Vui lòng nhập mã tem.", reason: "Vui lòng nhập lý do huỷ tem." },
    })
  })

  it("caps the reason at 500 characters", () => {
    expect(readVoidForm(formWith({ code: "AB12CD34EF56", reason: "x".repeat(501) }))).toEqual({
      ok: false,
      errors: { reason: "Lý do tối đa 500 ký tự." },
    })
  })
})
