import { describe, expect, it } from "vitest"
import { formerDistrict, producerPlace } from "./place"

describe("producerPlace", () => {
  it("names the commune and province, and the district printed on pre-1/7/2025 certificates", () => {
    expect(producerPlace({ commune: "Sơn Kim 1", province: "Hà Tĩnh", district_as_issued: "Hương Sơn" })).toBe(
      "Sơn Kim 1, Hà Tĩnh (huyện cũ Hương Sơn)"
    )
  })

  it("says nothing of a district when there is none", () => {
    expect(producerPlace({ commune: "Sơn Kim 1", province: "Hà Tĩnh", district_as_issued: null })).toBe("Sơn Kim 1, Hà Tĩnh")
    expect(producerPlace({ commune: "Sơn Kim 1", province: "Hà Tĩnh", district_as_issued: "  " })).toBe("Sơn Kim 1, Hà Tĩnh")
  })

  it("copes with an old record that has no commune", () => {
    expect(producerPlace({ commune: null, province: "Hà Tĩnh", district_as_issued: "Hương Sơn" })).toBe(
      "Hà Tĩnh (huyện cũ Hương Sơn)"
    )
  })
})

describe("formerDistrict", () => {
  it("does not say “huyện” twice, and keeps a town's own kind", () => {
    expect(formerDistrict("Huyện Hương Sơn")).toBe("(huyện cũ Hương Sơn)")
    expect(formerDistrict("thị xã Kỳ Anh")).toBe("(thị xã cũ Kỳ Anh)")
    expect(formerDistrict("Thành phố Hà Tĩnh")).toBe("(thành phố cũ Hà Tĩnh)")
  })
})
