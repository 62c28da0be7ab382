import { PHONE_MESSAGES } from "@ocop/contracts"
import { communeByName, communesOf } from "@ocop/contracts/admin-units"
import { describe, expect, it } from "vitest"
import { readCheckoutForm, validateCheckout, type CheckoutValues } from "./validation"

const HA_TINH = "42"
const CAN_LOC = communeByName(HA_TINH, "Xã Can Lộc")!.code

const valid: CheckoutValues = {
  full_name: "Nguyễn Thị Hằng",
  email: "Hang.Nguyen@example.vn",
  phone: "0912 345 678",
  province: HA_TINH,
  commune: CAN_LOC,
  address: "Thôn 3",
  delivery: "standard",
  payment: "cod",
}

describe("validateCheckout", () => {
  it("accepts a complete Vietnamese address and returns the phone as the contracts store it", () => {
    const result = validateCheckout(valid)
    expect(result).toEqual({
      ok: true,
      input: {
        fullName: "Nguyễn Thị Hằng",
        email: "hang.nguyen@example.vn",
        phone: "0912345678",
        delivery: "standard",
        address: { province: "Hà Tĩnh", provinceCode: HA_TINH, commune: "Xã Can Lộc", communeCode: CAN_LOC, address: "Thôn 3" },
        paymentProviderId: "pp_system_default",
      },
    })
  })

  it("asks no address when the shopper collects the order at a showroom", () => {
    const result = validateCheckout({ ...valid, delivery: "pickup:cho-ha-tinh", province: "", commune: "", address: "" })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.input).toMatchObject({ delivery: "pickup:cho-ha-tinh", address: null })
  })

  it("takes a mobile written with +84 and groups, but not a landline: the carrier texts the shopper", () => {
    const mobile = validateCheckout({ ...valid, phone: "+84 912.345.678" })
    expect(mobile.ok && mobile.input.phone).toBe("0912345678")
    const landline = validateCheckout({ ...valid, phone: "0243 826 1234" })
    expect(landline).toEqual({ ok: false, errors: { phone: PHONE_MESSAGES.mobile } })
  })

  it("puts an error on the phone field, and only there, for an invalid number", () => {
    const result = validateCheckout({ ...valid, phone: "12345" })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(Object.keys(result.errors)).toEqual(["phone"])
      expect(result.errors.phone).toMatch(/Số điện thoại không hợp lệ/)
    }
  })

  it("requires name, commune, address and province, and a well-formed email", () => {
    const result = validateCheckout({
      ...valid,
      full_name: "",
      commune: "",
      address: "",
      province: "",
      email: "hang@",
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.full_name).toBe("Vui lòng nhập họ và tên.")
      expect(result.errors.commune).toBe("Vui lòng chọn phường/xã.")
      expect(result.errors.address).toMatch(/^Vui lòng nhập địa chỉ cụ thể/)
      expect(result.errors.province).toBe("Vui lòng chọn tỉnh/thành phố.")
      expect(result.errors.email).toMatch(/^Email không hợp lệ/)
    }
  })

  it("only accepts provinces that exist after the 2025 reorganisation, by their official code", () => {
    // Quảng Bình merged into Quảng Trị; Hải Dương's old code 30 (now part of Hải Phòng) is gone too.
    expect(validateCheckout({ ...valid, province: "30" }).ok).toBe(false)
    const result = validateCheckout({ ...valid, province: "Quảng Bình" })
    expect(result.ok).toBe(false)
  })

  it("refuses a commune of another province: the reform's communes belong to one province each", () => {
    const ngheAnCommune = communesOf("40")[0].code
    const result = validateCheckout({ ...valid, commune: ngheAnCommune })
    expect(result).toEqual({ ok: false, errors: { commune: expect.stringMatching(/không thuộc tỉnh\/thành phố này/) } })
  })

  it("pays by cash on delivery, bank transfer (VietQR) or card (Stripe), each with its own provider", () => {
    const cod = validateCheckout(valid)
    const transfer = validateCheckout({ ...valid, payment: "bank_transfer" })
    const card = validateCheckout({ ...valid, payment: "card" })
    expect(cod.ok && cod.input.paymentProviderId).toBe("pp_system_default")
    expect(transfer.ok && transfer.input.paymentProviderId).toBe("pp_bank-transfer_bank-transfer")
    expect(card.ok && card.input.paymentProviderId).toBe("pp_stripe_stripe")
  })

  it("requires a way to receive the order and one of the payments offered", () => {
    const result = validateCheckout({ ...valid, delivery: "", payment: "momo" })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.delivery).toBeDefined()
      expect(result.errors.payment).toBeDefined()
    }
  })
})

describe("readCheckoutForm", () => {
  it("trims values and turns missing fields into empty strings", () => {
    const form = new FormData()
    form.set("full_name", "  Lê Văn An ")
    const values = readCheckoutForm(form)
    expect(values.full_name).toBe("Lê Văn An")
    expect(values.phone).toBe("")
  })
})
