import { describe, expect, it } from "vitest"
import { readFields } from "@/modules/common/form-values"
import {
  accountErrors,
  REGISTRATION_FIELDS,
  validateProfile,
  validateRegistration,
  type ProfileField,
  type RegistrationField,
} from "./producer-form"

const profile: Record<ProfileField, string> = {
  representative: "Nguyễn Văn Hải",
  phone: "0912 345 678",
  email: "HTX.HuongSon@example.vn",
  commune: "Xã Hương Sơn",
  province: "Hà Tĩnh",
  address: "",
  story: "",
}

const registration: Record<RegistrationField, string> = {
  ...profile,
  member_name: "Nguyễn Văn Hải",
  account_email: "Hai@Example.vn",
  password: "mat-khau-8",
  name: "HTX Kẹo cu đơ Hương Sơn",
  owner_type: "cooperative",
  tax_code: "3001234567",
  district_as_issued: "",
  address_as_issued: "",
}

describe("validateRegistration", () => {
  it("builds the login, the member and a ProducerInput, emails lowercased and optional fields null", () => {
    const result = validateRegistration(registration)
    expect(result).toEqual({
      ok: true,
      registration: {
        account: { email: "hai@example.vn", password: "mat-khau-8" },
        member: { name: "Nguyễn Văn Hải" },
        producer: {
          name: "HTX Kẹo cu đơ Hương Sơn",
          owner_type: "cooperative",
          tax_code: "3001234567",
          representative: "Nguyễn Văn Hải",
          phone: "0912345678",
          email: "htx.huongson@example.vn",
          commune: "Xã Hương Sơn",
          province: "Hà Tĩnh",
          district_as_issued: null,
          address_as_issued: null,
          address: null,
          story: null,
        },
      },
    })
  })

  it("puts each problem on its field before anything is sent", () => {
    const result = validateRegistration({
      ...registration,
      password: "ngan",
      owner_type: "company",
      tax_code: "12345",
      phone: "123",
      province: "",
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["owner_type", "password", "phone", "province", "tax_code"])
  })
})

describe("accountErrors (registration and joining by invite)", () => {
  it("asks for a name, a valid email and a password of at least 8 characters", () => {
    expect(accountErrors({ member_name: "Lê Thị Mai", account_email: "mai@example.vn", password: "mat-khau-8" })).toEqual({})
    expect(accountErrors({ member_name: "", account_email: "mai@", password: "ngan" })).toEqual({
      member_name: "Vui lòng nhập họ và tên.",
      account_email: "Email không hợp lệ (ví dụ: ten@example.com).",
      password: "Mật khẩu cần ít nhất 8 ký tự.",
    })
  })

  it("names a missing email as the form asks for it", () => {
    const values = { member_name: "Lê Thị Mai", account_email: "", password: "mat-khau-8" }
    expect(accountErrors(values)).toEqual({ account_email: "Vui lòng nhập email." })
    expect(accountErrors(values, "Vui lòng nhập email đăng nhập.")).toEqual({
      account_email: "Vui lòng nhập email đăng nhập.",
    })
  })
})

describe("validateProfile", () => {
  it("sends every field the owner may change, clearing emptied optional ones", () => {
    expect(validateProfile(profile)).toEqual({
      ok: true,
      update: {
        representative: "Nguyễn Văn Hải",
        phone: "0912345678",
        email: "htx.huongson@example.vn",
        commune: "Xã Hương Sơn",
        province: "Hà Tĩnh",
        address: null,
        story: null,
      },
    })
  })

  it("requires representative, phone, email, commune and province", () => {
    const result = validateProfile({ ...profile, representative: "", phone: "", email: "x@", commune: "", province: "" })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["commune", "email", "phone", "province", "representative"])
  })
})

describe("readFields", () => {
  it("trims text but keeps a password exactly as typed", () => {
    const data = new FormData()
    data.set("name", "  HTX  ")
    data.set("password", " bí mật ")
    const values = readFields(data, REGISTRATION_FIELDS)
    expect(values.name).toBe("HTX")
    expect(values.password).toBe(" bí mật ")
    expect(values.tax_code).toBe("")
  })
})
