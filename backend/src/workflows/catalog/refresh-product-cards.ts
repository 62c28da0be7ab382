import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import type { CardInput } from "../../modules/catalog/types"
import { cardContext, cardSources } from "../../queries/card-sources"
import { isInChannel, productCard } from "./product-card"

export type ProductCards = { product_ids: string[]; cards: CardInput[] }

const buildProductCardsStep = createStep("build-product-cards", async (input: { product_ids: string[] }, { container }) => {
  const { channel_id: channelId, online_locations, shelves } = await cardContext(container)
  const now = new Date()
  const cards: CardInput[] = []
  for await (const page of cardSources(container, input.product_ids)) {
    for (const product of page) {
      const card = productCard(product, isInChannel(product, channelId), now, online_locations, shelves)
      if (card) cards.push(card)
    }
  }
  return new StepResponse<ProductCards>({ product_ids: input.product_ids, cards })
})

/** Makes the cards of these products exactly the given ones (absent = not shown). */
export const writeProductCardsStep = createStep(
  "write-product-cards",
  async (input: ProductCards, { container }) => {
    const { previous, changed } = await container.resolve<CatalogModuleService>(CATALOG_MODULE).replaceCards(input.product_ids, input.cards)
    return new StepResponse({ shown: input.cards.length, changed }, { ids: input.product_ids, previous })
  },
  // The cards go back to what they were: a projection never runs ahead of a failed change.
  async (snapshot, { container }) => {
    if (!snapshot?.ids.length) return
    await container.resolve<CatalogModuleService>(CATALOG_MODULE).restoreCards(snapshot.ids, snapshot.previous)
  }
)

/**
 * Tells the storefront to drop its cached product reads (tag "products") once cards are written, and
 * only if one changed: telling it before lets a page read in between cache the old card again (as
 * telling it on product.updated did). Every card writer ends with it: the refresh here and the listing
 * sync. If the storefront cannot be reached its reads still expire within their cache time, so a
 * failure is logged, not thrown. Last step: nothing to undo.
 */
export const revalidateStorefrontStep = createStep("revalidate-storefront-products", async (input: { changed: number }, { container }) => {
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!input.changed || !url || !secret) return new StepResponse(undefined)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    const response = await fetch(`${url}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags: ["products"] }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) logger.warn(`Storefront revalidation answered ${response.status}; product pages refresh within their cache time.`)
  } catch (error) {
    logger.warn(`Storefront revalidation failed (${(error as Error).message}); product pages refresh within their cache time.`)
  }
  return new StepResponse(undefined)
})

/** For changes outside the listing sync that still change a card: price, stock, titles. */
export const refreshProductCardsWorkflow = createWorkflow("refresh-product-cards", (input: { product_ids: string[] }) => {
  const written = writeProductCardsStep(buildProductCardsStep(input))
  revalidateStorefrontStep(written)
  return new WorkflowResponse(written)
})

/** Products per rebuild: one workflow's cards stay a few MB however large the catalog. */
const REBUILD_CHUNK = 1000

/** Every listed product's card rebuilt from the listing as it stands (after a card gains a field). */
export async function rebuildEveryCard(container: MedusaContainer) {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  let after = ""
  for (;;) {
    const cards = await catalog.listProductCards({ id: { $gt: after } }, { take: REBUILD_CHUNK, order: { id: "ASC" }, select: ["id"] })
    if (!cards.length) return
    after = cards[cards.length - 1].id
    await refreshProductCardsWorkflow(container).run({ input: { product_ids: cards.map((card) => card.id) } })
  }
}
