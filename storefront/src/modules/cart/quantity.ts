// Quantities a shopper may ask for, and what we tell them when stock runs short.

export const MAX_QUANTITY = 99

/** A whole number from 1 to MAX_QUANTITY, or null. */
export function parseQuantity(raw: unknown): number | null {
  const n = typeof raw === "string" && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN
  return Number.isInteger(n) && n >= 1 && n <= MAX_QUANTITY ? n : null
}

export const INVALID_QUANTITY_MESSAGE = `Số lượng phải từ 1 đến ${MAX_QUANTITY}.`

/**
 * @param available units the variant still has (null: unlimited)
 * @param alreadyInCart units of it the cart holds besides the ones being asked for
 */
export function notEnoughStockMessage(available: number, alreadyInCart = 0): string {
  if (available <= 0) return "Sản phẩm này đã hết hàng."
  const note = alreadyInCart > 0 ? ` (giỏ hàng đã có ${alreadyInCart})` : ""
  return `Chỉ còn ${available} sản phẩm${note}.`
}
