import { describe, expect, it } from "vitest"
import { groupByProvince, showroomPlace, telHref } from "./group"
import { SITE_TYPE_LABELS, SITE_TYPES, siteTypeLabel } from "@ocop/contracts"

describe("siteTypeLabel", () => {
  it("names every site type of the showroom API in Vietnamese", () => {
    expect(SITE_TYPES.map(siteTypeLabel)).toEqual([
      "Nhà ga",
      "Trạm dừng nghỉ",
      "Chợ / Trung tâm thương mại",
      "Điểm du lịch",
      "Làng nghề",
      "Bưu cục",
      "Khác",
    ])
    expect(Object.keys(SITE_TYPE_LABELS)).toHaveLength(SITE_TYPES.length)
  })

  it("shows a site type it does not know as “Khác”, never as the code", () => {
    expect(siteTypeLabel("airport")).toBe("Khác")
  })
})

describe("groupByProvince", () => {
  const showroom = (name: string, province: string) => ({ name, province })

  it("puts one heading per province in Vietnamese alphabetical order, not the database's code-point order (Đ last)", () => {
    const groups = groupByProvince([
      showroom("Điểm OCOP ga Vinh", "Nghệ An"),
      showroom("Điểm OCOP Đà Lạt", "Lâm Đồng"),
      showroom("Điểm OCOP Hội An", "Đà Nẵng"),
      showroom("Điểm OCOP Chợ Hà Tĩnh", "Hà Tĩnh"),
      showroom("Điểm OCOP Yên Bái", "Lào Cai"),
    ])
    expect(groups.map((group) => group.province)).toEqual(["Đà Nẵng", "Hà Tĩnh", "Lào Cai", "Lâm Đồng", "Nghệ An"])
  })

  it("keeps a province's showrooms together whatever order they came in, sorted by name", () => {
    const groups = groupByProvince([
      showroom("Điểm OCOP Khu du lịch Thiên Cầm", "Hà Tĩnh"),
      showroom("Điểm OCOP ga Vinh", "Nghệ An"),
      showroom("Điểm OCOP Chợ Hà Tĩnh", "Hà Tĩnh "),
    ])
    expect(groups).toEqual([
      {
        province: "Hà Tĩnh",
        showrooms: [showroom("Điểm OCOP Chợ Hà Tĩnh", "Hà Tĩnh "), showroom("Điểm OCOP Khu du lịch Thiên Cầm", "Hà Tĩnh")],
      },
      { province: "Nghệ An", showrooms: [showroom("Điểm OCOP ga Vinh", "Nghệ An")] },
    ])
  })

  it("lists a showroom without a province last, under “Khác”", () => {
    const groups = groupByProvince([showroom("Quầy tạm", ""), showroom("Điểm OCOP ga Vinh", "Nghệ An")])
    expect(groups.map((group) => group.province)).toEqual(["Nghệ An", "Khác"])
  })

  it("answers no groups for no showrooms", () => {
    expect(groupByProvince([])).toEqual([])
  })
})

describe("showroomPlace and telHref", () => {
  it("writes the address then the commune, skipping an empty part", () => {
    expect(showroomPlace({ address: "Ki-ốt 12, Chợ Hà Tĩnh", commune: "Phường Thành Sen" })).toBe(
      "Ki-ốt 12, Chợ Hà Tĩnh, Phường Thành Sen"
    )
    expect(showroomPlace({ address: " ", commune: "Xã Thiên Cầm" })).toBe("Xã Thiên Cầm")
  })

  it("dials only the digits of a phone number written with spaces or dots", () => {
    expect(telHref("0239 385.5123")).toBe("tel:02393855123")
    expect(telHref("+84 239 3855123")).toBe("tel:+842393855123")
  })
})
