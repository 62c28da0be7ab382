import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import type { CardInput } from "../../modules/catalog/types"
import { cardContext, cardSources } from "../../queries/card-sources"
import { isInChannel, productCard } from "../catalog/product-card"
import { pushSearchDocumentsStep } from "../catalog/search-documents"
import { revalidateStorefrontStep } from "../catalog/steps/revalidate-storefront-products"
import { writeProductCardsStep } from "../catalog/steps/write-product-cards"
import { listingChanges } from "./listing"
import type { TracePackagingInput } from "../../modules/traceability/service"
import { tracePackagings, writeTracePackagingsStep } from "../traceability/steps/write-trace-packagings"

export type SyncListingInput = { product_ids: string[] }

/** Emitted with `{ id: [...] }` when products join or leave the storefront (links emit no event of their own). */
export const LISTING_CHANGED_EVENT = "ocop.listing.changed"

/**
 * Which of the given products must join or leave the storefront channel, as of now, and the
 * catalog cards they will have then — both from one read of each product.
 */
const computeListingStep = createStep("compute-listing", async (input: SyncListingInput, { container }) => {
  const { channel_id: channelId, online_locations, shelves } = await cardContext(container)
  const now = new Date()
  const add: string[] = []
  const remove: string[] = []
  const cards: CardInput[] = []
  const packagings: TracePackagingInput[] = []
  for await (const page of cardSources(container, input.product_ids)) {
    const changes = listingChanges(
      page.map((product) => ({
        id: product.id,
        listed: isInChannel(product, channelId),
        producer_status: product.producer?.status,
        variants: product.variants ?? [],
      })),
      now
    )
    add.push(...changes.add)
    remove.push(...changes.remove)
    const leaving = new Set(changes.remove)
    const joining = new Set(changes.add)
    for (const product of page) {
      const listed = joining.has(product.id) || (isInChannel(product, channelId) && !leaving.has(product.id))
      const card = productCard(product, listed, now, online_locations, shelves)
      if (card) cards.push(card)
      packagings.push(...tracePackagings(product))
    }
  }
  return new StepResponse({ channel_id: channelId, add, remove, cards, packagings })
})

/**
 * The only writer of the storefront channel's product membership: every certificate change,
 * and the hourly expiry job, call it with the products they touch. The catalog cards and the trace
 * pages' rows follow in the same run, so a revoked product has left the catalog, and its stamps say so,
 * when the office's request returns.
 */
export const syncListingWorkflow = createWorkflow("sync-listing", (input: SyncListingInput) => {
  const changes = computeListingStep(input)
  linkProductsToSalesChannelWorkflow.runAsStep({
    input: { id: changes.channel_id, add: changes.add, remove: changes.remove },
  })
  const cards = transform({ input, changes }, ({ input, changes }) => ({ product_ids: input.product_ids, cards: changes.cards }))
  const written = writeProductCardsStep(cards)
  writeTracePackagingsStep(
    transform({ input, changes }, ({ input, changes }) => ({ product_ids: input.product_ids, packagings: changes.packagings }))
  )
  pushSearchDocumentsStep(input)
  revalidateStorefrontStep(written)
  const changed = transform({ changes }, ({ changes }) => [...changes.add, ...changes.remove])
  when({ changed }, ({ changed }) => changed.length > 0).then(() => {
    // One event carrying every id: an array `data` would emit one event per element.
    emitEventStep({ eventName: LISTING_CHANGED_EVENT, data: { id: changed } })
  })
  const result = transform({ changes }, ({ changes }) => ({ add: changes.add, remove: changes.remove }))
  return new WorkflowResponse(result)
})
