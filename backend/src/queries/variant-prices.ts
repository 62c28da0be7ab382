import type { RemoteQueryEntryPoints } from "@medusajs/framework/types"

/** A price as Query reads it with "prices.amount" and "prices.currency_code". */
type ListPrice = { amount: number; currency_code: string }

/**
 * A packaging (product variant) with the prices Query reads through its price set link: "prices" is
 * a field alias of that link, which Medusa's generated types leave out.
 */
export type PricedVariant = RemoteQueryEntryPoints["product_variant"] & { prices?: (ListPrice | null)[] | null }

/** The packaging's list price in VND; null when it has none. */
export const vndPrice = (variant: { prices?: (ListPrice | null)[] | null }) =>
  Number(variant.prices?.find((price) => price?.currency_code === "vnd")?.amount ?? Number.NaN) || null
