import assert from "node:assert/strict"
import { test } from "node:test"
import { normalizePhone } from "./phone"
import { TAX_CODE_PATTERN } from "./producer"

test("a phone number is read as people write it: spaces, dots, brackets, +84 or 84", () => {
  assert.equal(normalizePhone("0912 345 678"), "0912345678")
  assert.equal(normalizePhone("+84 912.345.678"), "0912345678")
  assert.equal(normalizePhone("84912345678"), "0912345678")
})

test("a landline (02 + area code) is a producer's phone too", () => {
  assert.equal(normalizePhone("(0239) 3855 123"), "02393855123")
})

test("other prefixes and lengths are no Vietnamese phone number", () => {
  assert.equal(normalizePhone("0112345678"), null)
  assert.equal(normalizePhone("091234567"), null)
  assert.equal(normalizePhone("12345"), null)
})

test("a tax code is 10 digits, or 10 + '-' + a 3-digit branch (Circular 105/2020)", () => {
  assert.equal(TAX_CODE_PATTERN.test("3001234567"), true)
  assert.equal(TAX_CODE_PATTERN.test("3001234567-001"), true)
  assert.equal(TAX_CODE_PATTERN.test("300123456"), false)
  assert.equal(TAX_CODE_PATTERN.test("3001234567-01"), false)
  assert.equal(TAX_CODE_PATTERN.test("30012345AB"), false)
})
