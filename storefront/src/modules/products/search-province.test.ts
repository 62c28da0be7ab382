import { describe, expect, it } from "vitest"
import { provinceNamed } from "./search-province"

const provinces = ["Hà Tĩnh", "Nghệ An", "Hà Nội", "Thành phố Hồ Chí Minh"]

describe("the province a search names", () => {
  it("finds a province's whole name among the query's words, diacritics and case aside", () => {
    expect(provinceNamed("nuoc mam nghe an", provinces)).toBe("Nghệ An")
    expect(provinceNamed("Đặc sản HÀ TĨNH xyz", provinces)).toBe("Hà Tĩnh")
    expect(provinceNamed("keo ho chi minh", provinces)).toBeNull()
    expect(provinceNamed("thanh pho ho chi minh", provinces)).toBe("Thành phố Hồ Chí Minh")
  })

  it("does not take part of a word or part of a name for the province", () => {
    expect(provinceNamed("nghean", provinces)).toBeNull()
    expect(provinceNamed("ha", provinces)).toBeNull()
    expect(provinceNamed("qxz", provinces)).toBeNull()
    expect(provinceNamed("", provinces)).toBeNull()
  })
})
