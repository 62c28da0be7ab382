import { describe, expect, it } from "vitest"
import { listHref, pageCount, parsePage } from "./paging"

describe("paging", () => {
  it("reads ?page= as a page number from 1, falling back to 1", () => {
    expect(parsePage("3")).toBe(3)
    expect(parsePage(["2", "5"])).toBe(2)
    expect(parsePage("0")).toBe(1)
    expect(parsePage("-2")).toBe(1)
    expect(parsePage("abc")).toBe(1)
    expect(parsePage(undefined)).toBe(1)
  })

  it("counts at least one page", () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(41, 20)).toBe(3)
  })

  it("leaves empty filters and the first page out of the address", () => {
    expect(listHref("/producer/orders", { status: "shipped", page: 1 })).toBe("/producer/orders?status=shipped")
    expect(listHref("/producer/products", { q: "", page: 2 })).toBe("/producer/products?page=2")
    expect(listHref("/producer/products", { q: "kẹo" })).toBe("/producer/products?q=k%E1%BA%B9o")
  })
})
