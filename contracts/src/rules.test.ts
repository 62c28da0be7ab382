import assert from "node:assert/strict"
import { test } from "node:test"
import { normalizePhone } from "./phone"
import { TAX_CODE_PATTERN } from "./producer"
import { FeedBody, fieldErrors } from "./schemas"

test("a phone number is read as people write it and stored as national digits", () => {
  for (const written of [
    "0912345678",
    "0912 345 678",
    "091 234 5678",
    "0912.345.678",
    "0912-345-678",
    "+84 912.345.678",
    "+84912345678",
    "84912345678",
  ]) {
    assert.equal(normalizePhone(written), "0912345678", written)
    assert.equal(normalizePhone(written, "mobile"), "0912345678", written)
  }
})

test("every mobile prefix (03, 05, 07, 08, 09) is taken by both rules", () => {
  for (const mobile of ["0387654321", "0561234567", "0771234567", "0861234567", "0991234567"]) {
    assert.equal(normalizePhone(mobile), mobile)
    assert.equal(normalizePhone(mobile, "mobile"), mobile)
  }
})

test("a landline (02 + area code) is a producer's or showroom's number, not a delivery number", () => {
  assert.equal(normalizePhone("(0239) 3855 123"), "02393855123")
  assert.equal(normalizePhone("+84 24 3826 1234"), "02438261234")
  assert.equal(normalizePhone("0243 826 1234", "mobile"), null)
})

test("other prefixes, lengths, countries and letters are no Vietnamese phone number", () => {
  for (const kind of ["callable", "mobile"] as const) {
    for (const wrong of [
      "0112345678",
      "0612345678",
      "091234567",
      "09123456789",
      "+85512345678",
      "12345",
      "09l2345678",
      "",
      "0243826123",
    ]) {
      assert.equal(normalizePhone(wrong, kind), null, `${kind} ${wrong}`)
    }
  }
})

test("a tax code is 10 digits, or 10 + '-' + a 3-digit branch (Circular 105/2020)", () => {
  assert.equal(TAX_CODE_PATTERN.test("3001234567"), true)
  assert.equal(TAX_CODE_PATTERN.test("3001234567-001"), true)
  assert.equal(TAX_CODE_PATTERN.test("300123456"), false)
  assert.equal(TAX_CODE_PATTERN.test("3001234567-01"), false)
  assert.equal(TAX_CODE_PATTERN.test("30012345AB"), false)
})

test("a refusal reads as a form shows it: one message per field, the rest apart", () => {
  const parsed = FeedBody.safeParse({ name: "", channel: "fax", format: "csv", filters: { product_sets: [7, 27, Number.NaN] } })
  assert.equal(parsed.success, false)
  const { fields, other } = fieldErrors(parsed.success ? assert.fail() : parsed.error)
  assert.deepEqual(fields, {
    name: "Đặt tên cho nguồn cấp dữ liệu.",
    channel: "Chọn kênh: meta, tiktok hoặc google.",
    product_sets: "Bộ sản phẩm OCOP từ 1 đến 26.",
  })
  assert.deepEqual(other, [])
})
