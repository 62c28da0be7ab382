import { describe, expect, it } from "vitest"
import { parcelsNote } from "./shipping"

describe("parcelsNote", () => {
  it("mentions parcels only when several producers ship", () => {
    expect(parcelsNote(1)).toBeNull()
    expect(parcelsNote(2)).toBe("2 kiện hàng từ 2 nhà sản xuất")
  })
})
