import type { IStoreModuleService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import { refreshProductCardsStep } from "../catalog/refresh-product-cards"
import { listingChanges, type ProductCoverage } from "./listing"

export type SyncListingInput = { product_ids: string[] }

/** Which of the given products must join or leave the storefront channel, as of now. */
const computeListingStep = createStep("compute-listing", async (input: SyncListingInput, { container }) => {
  const stores = container.resolve<IStoreModuleService>(Modules.STORE)
  const [store] = await stores.listStores({}, { select: ["default_sales_channel_id"] })
  const channelId = store?.default_sales_channel_id
  if (!channelId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no storefront sales channel to list products in.")
  }
  if (!input.product_ids.length) return new StepResponse({ channel_id: channelId, add: [], remove: [] })

  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "sales_channels.id",
      "variants.certified_skus.certificate.status",
      "variants.certified_skus.certificate.expires_at",
      "variants.certified_skus.certificate.renewal_filed_at",
    ],
    filters: { id: input.product_ids },
  })
  const coverage: ProductCoverage[] = products.map((product: any) => ({
    id: product.id,
    listed: (product.sales_channels ?? []).some((channel: any) => channel?.id === channelId),
    variants: (product.variants ?? []).map((variant: any) => ({
      certificates: (variant.certified_skus ?? []).map((sku: any) => sku.certificate).filter(Boolean),
    })),
  }))
  return new StepResponse({ channel_id: channelId, ...listingChanges(coverage, new Date()) })
})

/**
 * The only writer of the storefront channel's product membership: every certificate change,
 * and the hourly expiry job, call it with the products they touch. The catalog cards follow in
 * the same run, so a revoked product has left the catalog when the office's request returns.
 */
export const syncListingWorkflow = createWorkflow("sync-listing", (input: SyncListingInput) => {
  const changes = computeListingStep(input)
  linkProductsToSalesChannelWorkflow.runAsStep({
    input: { id: changes.channel_id, add: changes.add, remove: changes.remove },
  })
  refreshProductCardsStep(input)
  return new WorkflowResponse(changes)
})
