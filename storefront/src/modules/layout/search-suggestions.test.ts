import { describe, expect, it } from "vitest"
import { formatVnd } from "@ocop/contracts"
import { movedActive, suggestionOptions } from "./search-suggestions"

describe("the header's search suggestions", () => {
  it("lists products, then producers, then communes, each leading to its page or the filtered catalog", () => {
    const options = suggestionOptions(
      {
        products: [{ title: "Nước mắm Kỳ Phú", handle: "nuoc-mam-ky-phu", thumbnail: null, price_min: 120_000, stars: 4 }],
        producers: [{ handle: "htx-ky-phu", name: "HTX Kỳ Phú", count: 2 }],
        communes: [{ name: "Thạch Kim", province: "Hà Tĩnh", count: 2 }],
      },
      formatVnd
    )
    expect(options.map((o) => [o.group, o.label, o.href])).toEqual([
      ["products", "Nước mắm Kỳ Phú", "/products/nuoc-mam-ky-phu"],
      ["producers", "HTX Kỳ Phú", "/producers/htx-ky-phu"],
      ["communes", "Thạch Kim, Hà Tĩnh", "/products?commune=Th%E1%BA%A1ch+Kim"],
    ])
    expect(options[0].detail).toBe("Từ 120.000\u00a0₫")
    expect(options[1].detail).toBe("2 sản phẩm")
    expect(new Set(options.map((o) => o.key)).size).toBe(3)
  })

  it("moves down and up through the options and back to the text box", () => {
    expect(movedActive(-1, 3, "ArrowDown")).toBe(0)
    expect(movedActive(0, 3, "ArrowDown")).toBe(1)
    expect(movedActive(2, 3, "ArrowDown")).toBe(-1)
    expect(movedActive(-1, 3, "ArrowUp")).toBe(2)
    expect(movedActive(0, 3, "ArrowUp")).toBe(-1)
    expect(movedActive(-1, 0, "ArrowDown")).toBe(-1)
    expect(movedActive(-1, 0, "ArrowUp")).toBe(-1)
  })
})
