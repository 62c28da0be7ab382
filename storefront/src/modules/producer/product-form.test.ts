import { describe, expect, it } from "vitest"
import { productProblems, readProductFields } from "./product-form"

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(entries)) data.set(name, value)
  return data
}

describe("product fields", () => {
  it("requires a title and trims both fields", () => {
    expect(readProductFields(form({ title: "  Kẹo cu đơ ", description: " Ngon " }))).toEqual({
      title: "Kẹo cu đơ",
      description: "Ngon",
    })
    expect(productProblems(form({ title: "   " }))).toEqual({ title: "Vui lòng nhập tên sản phẩm." })
    expect(productProblems(form({ title: "Kẹo" }))).toEqual({})
  })

  it("caps the title at 200 and the description at 5,000 characters, as the backend does", () => {
    expect(productProblems(form({ title: "x".repeat(201), description: "y".repeat(5001) }))).toEqual({
      title: "Tên sản phẩm tối đa 200 ký tự.",
      description: "Mô tả tối đa 5.000 ký tự.",
    })
  })
})
