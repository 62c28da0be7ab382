import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { PortalProduct } from "@ocop/contracts"
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
  // 10:00 on 29/11/2026 in Vietnam, unless a test sets another moment.
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date(`${TODAY}T03:00:00Z`))
  })
  afterEach(() => vi.useRealTimers())

  it("sends the batch with its days as typed and the quantity as a number", () => {
    expect(readBatchForm(batch({ lot_number: "  L2611-01 " }))).toEqual({
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

  it("requires a packaging, a lot number, a production day and a quantity, in the API's words", () => {
    expect(readBatchForm(formWith({}))).toEqual({
      ok: false,
      errors: {
        variant_id: "Chọn quy cách sản phẩm của lô.",
        lot_number: "Nhập số lô in trên bao bì.",
        produced_on: "Nhập ngày sản xuất.",
        quantity: "Lô phải có ít nhất 1 đơn vị.",
      },
    })
  })

  it("caps the lot number at 50 characters", () => {
    expect(readBatchForm(batch({ lot_number: "L".repeat(50) })).ok).toBe(true)
    expect(readBatchForm(batch({ lot_number: "L".repeat(51) }))).toEqual({
      ok: false,
      errors: { lot_number: "Số lô tối đa 50 ký tự." },
    })
  })

  it("refuses a production day that is not a real day, or after today in Vietnam", () => {
    expect(readBatchForm(batch({ produced_on: "2026-02-30" }))).toEqual({
      ok: false,
      errors: { produced_on: "Ngày sản xuất không có thật: ngày 30 tháng 2 năm 2026 không tồn tại." },
    })
    expect(readBatchForm(batch({ produced_on: "29/11/2026" })).ok).toBe(false)
    expect(readBatchForm(batch({ produced_on: TODAY, expires_on: "" })).ok).toBe(true)
    expect(readBatchForm(batch({ produced_on: "2026-11-30", expires_on: "" }))).toEqual({
      ok: false,
      errors: { produced_on: "Ngày sản xuất không được sau hôm nay." },
    })
  })

  it("reads today as the day in Vietnam (UTC+7)", () => {
    const madeOn29 = batch({ produced_on: "2026-11-29", expires_on: "" })
    vi.setSystemTime(new Date("2026-11-28T16:59:00Z")) // 23:59 on 28/11 in Vietnam
    expect(readBatchForm(madeOn29).ok).toBe(false)
    vi.setSystemTime(new Date("2026-11-28T17:00:00Z")) // 00:00 on 29/11 in Vietnam
    expect(readBatchForm(madeOn29).ok).toBe(true)
  })

  it("leaves the expiry out when none is typed, and refuses one before the production day", () => {
    expect(readBatchForm(batch({ expires_on: "" }))).toEqual({
      ok: true,
      input: { variant_id: "variant_01", lot_number: "L2611-01", produced_on: "2026-11-20", quantity: 200 },
    })
    expect(readBatchForm(batch({ expires_on: "2026-11-20" })).ok).toBe(true)
    expect(readBatchForm(batch({ expires_on: "2026-11-19" }))).toEqual({
      ok: false,
      errors: { expires_on: "Hạn sử dụng không được trước ngày sản xuất." },
    })
    expect(readBatchForm(batch({ expires_on: "sometime" }))).toEqual({
      ok: false,
      errors: { expires_on: "Hạn sử dụng không hợp lệ: hãy nhập dạng YYYY-MM-DD (ví dụ 2026-11-20)." },
    })
  })

  it("takes a whole number of stamps from 1 to 5,000", () => {
    expect(readBatchForm(batch({ quantity: "1" })).ok).toBe(true)
    expect(readBatchForm(batch({ quantity: "5000" })).ok).toBe(true)
    const refusal = (quantity: string) => {
      const result = readBatchForm(batch({ quantity }))
      return result.ok ? null : result.errors.quantity
    }
    expect(refusal("0")).toBe("Lô phải có ít nhất 1 đơn vị.")
    expect(refusal("-3")).toBe("Lô phải có ít nhất 1 đơn vị.")
    expect(refusal("5001")).toBe("Một lô tối đa 5.000 tem; chia thành nhiều lô nếu cần.")
    expect(refusal("12.5")).toBe("Số tem phải là số nguyên.")
    expect(refusal("mười")).toBe("Nhập số đơn vị (số tem) của lô.")
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
      product("Kẹo cu đơ", [variant("v1", "Hộp 500 g", "KCD-500", true), variant("v2", "Túi 200 g", "KCD-200", false)]),
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
      errors: { code: "Nhập mã tem in trên bao bì.", reason: "Nhập lý do huỷ tem (ví dụ: tem rách, in lỗi, thất lạc)." },
    })
  })

  it("caps the reason at 500 characters", () => {
    expect(readVoidForm(formWith({ code: "AB12CD34EF56", reason: "x".repeat(501) }))).toEqual({
      ok: false,
      errors: { reason: "Lý do tối đa 500 ký tự." },
    })
  })
})
