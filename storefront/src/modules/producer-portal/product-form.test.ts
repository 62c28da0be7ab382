import { describe, expect, it } from "vitest"
import { productProblems, readProductFields } from "./product-form"
import { formWith } from "@/modules/common/form-data"

describe("product fields", () => {
  it("requires a title and trims both fields", () => {
    expect(readProductFields(formWith({ title: "  Kẹo cu đơ ", description: " Ngon " }))).toEqual({
      title: "Kẹo cu đơ",
      description: "Ngon",
    })
    expect(productProblems(formWith({ title: "   " }))).toEqual({ title: "Nhập tên sản phẩm." })
    expect(productProblems(formWith({ title: "Kẹo" }))).toEqual({})
  })

  it("caps the title at 200 and the description at 5,000 characters, with the API's schema", () => {
    expect(productProblems(formWith({ title: "x".repeat(201), description: "y".repeat(5001) }))).toEqual({
      title: "Tên sản phẩm tối đa 200 ký tự.",
      description: "Nội dung quá dài (tối đa 5.000 ký tự).",
    })
  })
})
