import { foldVietnamese } from "@ocop/contracts"

// One fold for the backend and the clients (column headers of a bank statement are read with it too).
export { foldVietnamese }

/** "Kẹo cu đơ Hà Tĩnh – Nguyễn Hằng" → "keo-cu-do-ha-tinh-nguyen-hang" */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
