/**
 * Folds Vietnamese text to plain ASCII for slugs, search keys and column headers.
 * NFD + stripping combining marks leaves đ/Đ untouched, so they are mapped explicitly.
 */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")
}
