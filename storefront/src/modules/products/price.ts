// Prices come from Medusa's pricing for the region (`*variants.calculated_price`), VND tax-inclusive.

type PricedVariant = { calculated_price?: { calculated_amount?: number | null } | null }

export function variantPrice(variant: PricedVariant): number | null {
  const amount = variant.calculated_price?.calculated_amount
  return typeof amount === "number" ? amount : null
}

/** The cheapest variant's price, and whether other sizes cost more (card shows "Từ …"). */
export function lowestPrice(
  variants: PricedVariant[] | null | undefined,
): { amount: number; varies: boolean } | null {
  const amounts = (variants ?? []).map(variantPrice).filter((a): a is number => a !== null)
  if (amounts.length === 0) return null
  const amount = Math.min(...amounts)
  return { amount, varies: amounts.some((a) => a !== amount) }
}
