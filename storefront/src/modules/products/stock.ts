// What a shopper is told about stock. Medusa reports `inventory_quantity` per variant (summed over the
// sales channel's stock locations) when asked for `+variants.inventory_quantity`.

export type StockState = "in_stock" | "low_stock" | "out_of_stock"

export const STOCK_LABEL: Record<StockState, string> = {
  in_stock: "Còn hàng",
  low_stock: "Sắp hết",
  out_of_stock: "Hết hàng",
}

/** At or below this many units the page says "Sắp hết" so buyers know to hurry. */
const LOW_STOCK_THRESHOLD = 5

type VariantStock = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

export function stockState(variant: VariantStock): StockState {
  // Unmanaged or backorderable variants can always be bought.
  if (variant.manage_inventory === false || variant.allow_backorder) return "in_stock"
  const quantity = variant.inventory_quantity ?? 0
  if (quantity <= 0) return "out_of_stock"
  return quantity <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock"
}

/** How many units may still be put in a cart, or null when there is no limit. */
export function purchasableQuantity(variant: VariantStock): number | null {
  if (variant.manage_inventory === false || variant.allow_backorder) return null
  return Math.max(0, variant.inventory_quantity ?? 0)
}

/**
 * The packaging the picker shows as chosen: the shopper's pick while it is still offered, otherwise
 * the first one in stock (a refreshed page may no longer offer a packaging whose coverage ended).
 */
export function chosenVariant<V extends { id: string; stock: StockState }>(
  variants: V[],
  pickedId: string | undefined
): V | undefined {
  return variants.find((v) => v.id === pickedId) ?? variants.find((v) => v.stock !== "out_of_stock") ?? variants[0]
}
