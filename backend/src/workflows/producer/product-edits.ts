import { MedusaError } from "@medusajs/framework/utils"
import { transform } from "@medusajs/framework/workflows-sdk"
import { refreshProductCardsWorkflow } from "../catalog/refresh-product-cards"

// What the producer's product workflows (create, add a packaging, edit product or packaging) share.

/** The one product option: the packaging (quy cách) a certificate names SKU by SKU. */
export const PACKAGING_OPTION = "Quy cách"

export type NewVariant = { title: string; sku: string; price: number; stock: number }
export type NewProduct = { title: string; description?: string | null; images?: string[]; variants: NewVariant[] }

/** A packaging as Medusa creates it: a variant of the packaging option, priced in VND, its stock counted. */
export const variantInput = (variant: NewVariant) => ({
  title: variant.title,
  sku: variant.sku,
  manage_inventory: true,
  options: { [PACKAGING_OPTION]: variant.title },
  prices: [{ currency_code: "vnd", amount: variant.price }],
})

/** A packaging's inventory item, as Query reads it: Medusa makes one for each variant that manages its stock. */
export function inventoryItemOf(variant: { inventory_items?: ({ inventory_item_id: string } | null)[] | null }): string {
  const id = variant.inventory_items?.[0]?.inventory_item_id
  if (!id) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Quy cách không có mục tồn kho.")
  return id
}

/**
 * The product's catalog card (and page) rewritten in the producer's own workflow: when the save
 * returns, the shop already shows it. Waiting for the product's events would leave a moment in which
 * the producer opens the shop and sees the old price, and a crash in between would lose the card.
 */
export function refreshCardsOf(input: { product_id: string }) {
  refreshProductCardsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })) })
}
