import { describe, expect, it } from "vitest"
import { readLookupForm } from "./lookup"

const form = (order_number: string, contact: string) => {
  const data = new FormData()
  data.set("order_number", order_number)
  data.set("contact", contact)
  return data
}

describe("reading the guest order lookup form (issue 17)", () => {
  it("takes the number with or without its #, and the phone in any usual Vietnamese form, normalised", () => {
    for (const [number, phone] of [
      ["1042", "0912345678"],
      ["#1042", "0912 345 678"],
      [" # 1042 ", "+84912345678"],
      ["1042", "+84 912.345.678"],
    ]) {
      expect(readLookupForm(form(number, phone))).toEqual({ ok: true, request: { display_id: 1042, phone: "0912345678" } })
    }
  })
  it("takes a contact with an @ as the e-mail, as typed", () => {
    expect(readLookupForm(form("1042", " Khach@Example.vn "))).toEqual({
      ok: true,
      request: { display_id: 1042, email: "Khach@Example.vn" },
    })
  })
  it("says what to fix: a missing or malformed number, a missing contact, a phone or e-mail that cannot be one", () => {
    expect(readLookupForm(form("", ""))).toEqual({
      ok: false,
      errors: {
        order_number: "Vui lòng nhập mã đơn hàng.",
        contact: "Vui lòng nhập số điện thoại hoặc email đã dùng khi đặt hàng.",
      },
    })
    const wrong = readLookupForm(form("DH-1042", "0912"))
    expect(wrong.ok).toBe(false)
    expect(!wrong.ok && wrong.errors.order_number).toBe("Mã đơn hàng gồm các chữ số, ví dụ 1042 hoặc #1042.")
    expect(!wrong.ok && wrong.errors.contact).toMatch(/^Số điện thoại không hợp lệ/)
    const email = readLookupForm(form("0", "khach@"))
    expect(!email.ok && email.errors).toEqual({
      order_number: "Mã đơn hàng gồm các chữ số, ví dụ 1042 hoặc #1042.",
      contact: "Email không hợp lệ (ví dụ: ten@example.com).",
    })
  })
})
