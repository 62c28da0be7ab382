// The label sizes a batch's stamp sheet is printed in: square labels on A4, in grids that leave room for
// cut marks in the margins. The backend lays the sheet out from these; the portal offers them by name.

export const STAMP_LABEL_SIZES = {
  "30": { side_mm: 30, columns: 6, rows: 9, label: "30 × 30 mm — 54 tem/trang (bao bì nhỏ)" },
  "45": { side_mm: 45, columns: 4, rows: 6, label: "45 × 45 mm — 24 tem/trang" },
  "60": { side_mm: 60, columns: 3, rows: 4, label: "60 × 60 mm — 12 tem/trang (thùng, hộp quà)" },
} as const

export type StampLabelSize = keyof typeof STAMP_LABEL_SIZES
export const STAMP_LABEL_SIZE_KEYS = Object.keys(STAMP_LABEL_SIZES) as [StampLabelSize, ...StampLabelSize[]]
/** Small enough for a jar of honey or a bag of candy, where most OCOP stamps go. */
export const DEFAULT_STAMP_LABEL_SIZE: StampLabelSize = "30"

/** How many stamps one A4 page of the given size holds. */
export const stampsPerPage = (size: StampLabelSize) => STAMP_LABEL_SIZES[size].columns * STAMP_LABEL_SIZES[size].rows
