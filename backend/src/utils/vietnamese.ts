/**
 * Folds Vietnamese text to plain ASCII for slugs and search keys.
 * NFD + stripping combining marks leaves đ/Đ untouched, so they are mapped explicitly.
 */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")
}

/** "Kẹo cu đơ Hà Tĩnh – Nguyễn Hằng" → "keo-cu-do-ha-tinh-nguyen-hang" */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
