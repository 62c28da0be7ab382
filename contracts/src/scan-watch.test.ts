import assert from "node:assert/strict"
import { test } from "node:test"
import { provinceOfRegion } from "./admin-units"
import { SCAN_WATCH_PROVINCES, SCAN_WATCH_SCANS, scanWarning, scanWatchReasons } from "./scan-watch"

const ordinary = { provinces: 1, scans: 3, voided: false }

test("an ordinary stamp, scanned a few times in one or two provinces, is not flagged", () => {
  assert.deepEqual(scanWatchReasons(ordinary), [])
  assert.deepEqual(scanWatchReasons({ ...ordinary, provinces: SCAN_WATCH_PROVINCES - 1, scans: SCAN_WATCH_SCANS }), [])
  assert.equal(scanWarning([]), null)
})

test("a stamp scanned in three provinces is flagged: a unit travels once or twice, a copied label everywhere", () => {
  assert.deepEqual(scanWatchReasons({ ...ordinary, provinces: SCAN_WATCH_PROVINCES }), ["provinces"])
})

test("a stamp counted more often than one unit is handled is flagged", () => {
  assert.deepEqual(scanWatchReasons({ ...ordinary, scans: SCAN_WATCH_SCANS + 1 }), ["scans"])
})

test("any counted scan of a voided stamp flags it, and every reason is given at once", () => {
  assert.deepEqual(scanWatchReasons({ ...ordinary, voided: true }), ["voided"])
  assert.deepEqual(scanWatchReasons({ provinces: 5, scans: 99, voided: true }), ["provinces", "scans", "voided"])
})

test("the shopper's warning starts with Cảnh báo and names the voided stamp first", () => {
  const warning = scanWarning(["provinces", "voided"])!
  assert.match(warning, /^Cảnh báo: mã tem này đã bị hủy nhưng vẫn đang được quét, đã được quét ở nhiều tỉnh/)
})

test("IP-location region names, current or former, map to the 34 current provinces", () => {
  const short = (region: string) => provinceOfRegion(region)?.short ?? null
  assert.equal(short("Hanoi"), "Hà Nội")
  assert.equal(short("Ho Chi Minh City (HCMC)"), "Hồ Chí Minh")
  assert.equal(short("Thanh Hoa Province"), "Thanh Hóa")
  assert.equal(short("Thua Thien Hue Province"), "Huế")
  assert.equal(short("Da Nang City"), "Đà Nẵng")
  assert.equal(short("Quang Nam"), "Đà Nẵng")
  assert.equal(short("Ba Ria - Vung Tau"), "Hồ Chí Minh")
  assert.equal(short("Tỉnh Hà Giang"), "Tuyên Quang")
  assert.equal(short("Thành phố Hải Phòng"), "Hải Phòng")
  assert.equal(short("01"), "Hà Nội")
  assert.equal(short("Bangkok"), null)
  assert.equal(short(""), null)
})
