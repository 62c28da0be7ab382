import { foldVietnamese, slugify } from "../vietnamese"

describe("Vietnamese folding", () => {
  it("folds tone marks and đ/Đ, which NFD alone leaves in place", () => {
    expect(foldVietnamese("Đức Thọ")).toBe("Duc Tho")
    expect(foldVietnamese("bánh ram ít")).toBe("banh ram it")
    expect(foldVietnamese("Kẹo cu đơ")).toBe("Keo cu do")
  })

  it("makes URL handles from product names", () => {
    expect(slugify("Kẹo cu đơ Hà Tĩnh – Nguyễn Hằng")).toBe("keo-cu-do-ha-tinh-nguyen-hang")
    expect(slugify("  Nước mắm sành Ngọc Tích! ")).toBe("nuoc-mam-sanh-ngoc-tich")
  })
})
