import { describe, expect, it } from "vitest"
import { reorderSummary } from "./reorder"

describe("reorderSummary", () => {
  it("names what was added and what is no longer sold", () => {
    expect(reorderSummary(["Nước mắm – Chai 500 ml"], ["Kẹo cu đơ – Hộp 10 thanh"])).toEqual({
      status: "success",
      message: "Đã thêm vào giỏ hàng: Nước mắm – Chai 500 ml. Không còn bán hoặc đã hết hàng: Kẹo cu đơ – Hộp 10 thanh.",
    })
  })

  it("is a refusal when nothing could be added", () => {
    expect(reorderSummary([], ["Kẹo cu đơ – Hộp 10 thanh"])).toEqual({
      status: "error",
      message: "Không còn bán hoặc đã hết hàng: Kẹo cu đơ – Hộp 10 thanh.",
    })
  })
})
