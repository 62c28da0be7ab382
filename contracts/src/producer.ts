/** Mã số thuế: 10 digits for the entity, or 10 + "-" + 3 digits for a branch (Circular 105/2020). */
export const TAX_CODE_PATTERN = /^\d{10}(-\d{3})?$/

/** What a producer is told when its tax code does not fit TAX_CODE_PATTERN. */
export const TAX_CODE_MESSAGE = "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số và mã chi nhánh (ví dụ 3001234567-001)."
