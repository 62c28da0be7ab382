import { STAMP_LABEL_SIZE_KEYS, stampsPerPage } from "@ocop/contracts"
import { CUT_MARK, stampFileName, stampSheetLayout } from "../stamp-labels"

describe("stamp sheet layout", () => {
  it.each(STAMP_LABEL_SIZE_KEYS)("fits %s mm labels on A4 with room for the cut marks in every margin", (size) => {
    const margin = CUT_MARK.gap + CUT_MARK.length
    const layout = stampSheetLayout(size)
    const last = layout.cell(stampsPerPage(size) - 1)
    expect(layout.left).toBeGreaterThanOrEqual(margin)
    expect(layout.top).toBeGreaterThanOrEqual(margin)
    expect(210 - (last.x + layout.side)).toBeGreaterThanOrEqual(margin)
    expect(297 - (last.y + layout.side)).toBeGreaterThanOrEqual(margin)
  })

  it("puts the labels left to right, then top to bottom, edge to edge so one cut separates two", () => {
    const layout = stampSheetLayout("30")
    expect(layout.cell(1).x - layout.cell(0).x).toBe(30)
    expect(layout.cell(6)).toEqual({ x: layout.left, y: layout.top + 30 })
  })
})

describe("stampFileName", () => {
  it("folds the lot number to ASCII for every browser and printer", () => {
    expect(stampFileName("Lô Đặc biệt/12", "-30mm.pdf")).toBe("tem-Lo_Dac_biet_12-30mm.pdf")
  })
})
