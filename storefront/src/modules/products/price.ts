// Prices come from Medusa's pricing for the region (`*variants.calculated_price`), VND tax-inclusive.

type PricedVariant = { calculated_price?: { calculated_amount?: number | null } | null }

export function variantPrice(variant: PricedVariant): number | null {
  const amount = variant.calculated_price?.calculated_amount
  return typeof amount === "number" ? amount : null
}
