import assert from "node:assert/strict"
import { test } from "node:test"
import {
  ADMIN_UNITS_VERSION,
  addressUnitsVerdict,
  communeByCode,
  communeByName,
  communesOf,
  isCommuneInProvince,
  PROVINCES,
  provinceByName,
} from "./admin-units"
import { ERROR_CODES } from "./errors"

const HA_TINH = "42"
const NGHE_AN = "40"

test("the reform left 34 provinces and 3,321 communes, in the data's stated version", () => {
  assert.equal(PROVINCES.length, 34)
  assert.equal(
    PROVINCES.reduce((sum, province) => sum + communesOf(province.code).length, 0),
    3321
  )
  assert.equal(communesOf(HA_TINH).length, 69)
  assert.equal(communesOf(NGHE_AN).length, 130)
  assert.match(ADMIN_UNITS_VERSION.effective, /^\d{4}-\d{2}-\d{2}$/)
})

test("a commune belongs to its own province only", () => {
  const thanhSen = communeByName(HA_TINH, "Phường Thành Sen")!
  assert.equal(isCommuneInProvince(thanhSen.code, HA_TINH), true)
  assert.equal(isCommuneInProvince(thanhSen.code, NGHE_AN), false)
  assert.equal(communeByCode(thanhSen.code)?.province_code, HA_TINH)
  assert.equal(communeByCode("99999"), null)
})

test("names are found as people type them: without diacritics, case or the type's prefix", () => {
  assert.equal(provinceByName("ha tinh")?.code, HA_TINH)
  assert.equal(provinceByName("Tỉnh Hà Tĩnh")?.code, HA_TINH)
  assert.equal(communeByName(HA_TINH, "xa can loc")?.name, "Xã Can Lộc")
  assert.equal(communeByName(HA_TINH, "Can Lộc")?.name, "Xã Can Lộc")
  // The data writes "Hòa" (GSO spelling); the traditional "Hoà" is the same commune.
  assert.equal(communeByName(HA_TINH, "Xã Yên Hoà")?.name, "Xã Yên Hòa")
})

test("a delivery address is refused when its commune is not in its province, with the reason's code", () => {
  const canLoc = communeByName(HA_TINH, "Xã Can Lộc")!
  const ngheAnCommune = communesOf(NGHE_AN)[0]
  const refusal = (address: Parameters<typeof addressUnitsVerdict>[0]) => addressUnitsVerdict(address).refusal?.code
  assert.equal(refusal({ metadata: { province_code: HA_TINH, commune_code: canLoc.code } }), undefined)
  assert.equal(
    refusal({ metadata: { province_code: HA_TINH, commune_code: ngheAnCommune.code } }),
    ERROR_CODES.COMMUNE_NOT_IN_PROVINCE
  )
  assert.equal(refusal({ metadata: { province_code: HA_TINH, commune_code: "99999" } }), ERROR_CODES.UNKNOWN_COMMUNE)
  assert.equal(refusal({ metadata: { province_code: "99", commune_code: canLoc.code } }), ERROR_CODES.UNKNOWN_PROVINCE)
  // Without codes the names decide.
  assert.equal(refusal({ province: "Hà Tĩnh", city: "Xã Can Lộc" }), undefined)
  assert.equal(refusal({ province: "Nghệ An", city: "Xã Can Lộc" }), ERROR_CODES.UNKNOWN_COMMUNE)
  // Collected at a showroom: no commune to check.
  assert.equal(refusal({ province: "Hà Tĩnh", city: "" }), undefined)
})

test("an accepted address comes with its province, by code when it has codes, else by name however written", () => {
  const canLoc = communeByName(HA_TINH, "Xã Can Lộc")!
  // The codes decide over a name that says otherwise.
  assert.equal(
    addressUnitsVerdict({ province: "Nghệ An", metadata: { province_code: HA_TINH, commune_code: canLoc.code } }).province?.short,
    "Hà Tĩnh"
  )
  assert.equal(addressUnitsVerdict({ province: "tinh ha tinh", city: "can loc" }).province?.short, "Hà Tĩnh")
  assert.equal(addressUnitsVerdict({ province: "Hà Tĩnh", city: "" }).province?.short, "Hà Tĩnh")
  // No commune and a province we do not know: accepted, with no province to store.
  assert.deepEqual(addressUnitsVerdict({ province: "Atlantis", city: "" }), { refusal: null, province: null })
})
