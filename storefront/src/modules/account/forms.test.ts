import { PASSWORD_RULE } from "@ocop/contracts/schemas"
import { communeByName } from "@ocop/contracts/admin-units"
import { describe, expect, it } from "vitest"
import { validateAddressEntry, validateRegistration } from "./forms"

const canLoc = communeByName("42", "Xã Can Lộc")!
const vinhPhu = communeByName("40", "Phường Vinh Phú")!

describe("validateRegistration", () => {
  it("shows the password rule for a password without a letter or a digit, and keeps the phone in its stored form", () => {
    const weak = validateRegistration({ full_name: "Mai", phone: "", email: "mai@example.vn", password: "12345678" })
    expect(weak).toEqual({ ok: false, errors: { password: PASSWORD_RULE } })
    const good = validateRegistration({
      full_name: "Mai",
      phone: "0912 345 678",
      email: "Mai@Example.vn",
      password: "tra-sen-2026",
    })
    expect(good).toEqual({
      ok: true,
      value: { email: "mai@example.vn", password: "tra-sen-2026", first_name: "Mai", phone: "0912345678" },
    })
  })
})

describe("validateAddressEntry", () => {
  const entry = {
    full_name: "Lê Thị Hoa",
    phone: "0987654321",
    province: "42",
    commune: canLoc.code,
    address: "Thôn 3",
    is_default: "on",
  }

  it("takes a commune of the chosen province", () => {
    const checked = validateAddressEntry(entry)
    expect(checked.ok && checked.value).toMatchObject({
      phone: "0987654321",
      isDefault: true,
      address: { commune: "Xã Can Lộc" },
    })
  })

  it("refuses a commune of another province", () => {
    const checked = validateAddressEntry({ ...entry, commune: vinhPhu.code })
    expect(checked.ok ? null : checked.errors.commune).toMatch(/không thuộc tỉnh/)
  })
})
