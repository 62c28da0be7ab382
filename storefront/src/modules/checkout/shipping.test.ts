import { describe, expect, it } from "vitest"
import type { DeliveryChoice } from "@/lib/data/cart"
import { deliveryOptions, isPickup, parcelsNote, pickupPlace } from "./shipping"

const choice = (code: string, amount: number, parcels: number, pickup: DeliveryChoice["pickup"] = null): DeliveryChoice => ({
  code,
  label: pickup ? `Nhận tại ${pickup.name}` : "Giao hàng tiêu chuẩn",
  description: null,
  amount,
  parcels: Array.from({ length: parcels }, (_, i) => ({ option_id: `so_${code}_${i}`, name: code, amount })),
  selected: false,
  pickup,
})
const showroom = (handle: string, name: string, province: string) => ({
  handle,
  name,
  province,
  address: "Ki-ốt 12",
  opening_hours: "7:00–18:00",
})

describe("parcelsNote", () => {
  it("mentions parcels only when several producers ship", () => {
    expect(parcelsNote(1)).toBeNull()
    expect(parcelsNote(2)).toBe("2 kiện hàng từ 2 nhà sản xuất")
  })
})

describe("delivery options at checkout", () => {
  it("lists home delivery first with its parcels, then free pickups by province and name", () => {
    const options = deliveryOptions([
      choice("pickup:thien-cam", 0, 2, showroom("thien-cam", "Điểm OCOP Thiên Cầm", "Hà Tĩnh")),
      choice("pickup:ha-noi", 0, 2, showroom("ha-noi", "Điểm OCOP Hà Nội", "Hà Nội")),
      choice("standard", 60_000, 2),
      choice("pickup:cho-ha-tinh", 0, 2, showroom("cho-ha-tinh", "Điểm OCOP Chợ Hà Tĩnh", "Hà Tĩnh")),
    ])
    expect(options.map((o) => o.code)).toEqual(["standard", "pickup:ha-noi", "pickup:cho-ha-tinh", "pickup:thien-cam"])
    expect(options[0]).toMatchObject({ fee: "60.000\u00a0₫", note: "2 kiện hàng từ 2 nhà sản xuất" })
    expect(options[1]).toMatchObject({ fee: "Miễn phí", note: "Ki-ốt 12, Hà Nội · Mở cửa 7:00–18:00" })
  })

  it("tells pickup codes and pickup orders apart from home delivery", () => {
    expect(isPickup("pickup:cho-ha-tinh")).toBe(true)
    expect(isPickup("standard")).toBe(false)
    expect(pickupPlace([{ name: "Nhận tại Điểm OCOP Chợ Hà Tĩnh" }, { name: "Nhận tại Điểm OCOP Chợ Hà Tĩnh" }])).toBe(
      "Nhận tại Điểm OCOP Chợ Hà Tĩnh"
    )
    expect(pickupPlace([{ name: "Giao hàng tiêu chuẩn · HTX Kỳ Phú" }])).toBeNull()
    expect(pickupPlace([])).toBeNull()
  })
})
