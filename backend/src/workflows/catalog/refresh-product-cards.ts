import type { IRegionModuleService, Logger, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import type { CardInput } from "../../modules/catalog/types"
import { PUBLIC_SHOWROOM_FIELDS } from "../../queries/public-showroom"
import { storefrontPlaces } from "../../queries/storefront-channel"
import { CARD_SOURCE_FIELDS, isInChannel, productCard, type CardSource, type ShowroomShelves } from "./product-card"

/** Query reads products in pages: 10,000 products with their variants in one go would be one huge join. */
const PAGE = 1000

/** The open showrooms by the stock location of their shelf: where a product page says it can be bought in person. */
async function showroomShelves(container: MedusaContainer): Promise<ShowroomShelves> {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "showroom",
    fields: [...PUBLIC_SHOWROOM_FIELDS, "stock_location.id"],
    filters: { active: true },
  })
  return new Map(
    (data as any[]).flatMap(({ stock_location, ...showroom }) =>
      stock_location?.id ? [[stock_location.id as string, Object.fromEntries(PUBLIC_SHOWROOM_FIELDS.map((f) => [f, showroom[f] ?? null])) as any]] : []
    )
  )
}

/** What every card is built against: the storefront channel, its stock locations and the open showrooms' shelves. */
export async function cardContext(container: MedusaContainer) {
  const [places, shelves] = await Promise.all([storefrontPlaces(container), showroomShelves(container)])
  return { ...places, shelves }
}

/** Everything a card is built from, for the given products, page by page, priced as the storefront's cart prices them. */
export async function* cardSources(container: MedusaContainer, productIds: string[]): AsyncGenerator<CardSource[]> {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [region] = await container.resolve<IRegionModuleService>(Modules.REGION).listRegions({ currency_code: "vnd" }, { select: ["id"] })
  const context = region ? { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: "vnd" }) } } : undefined
  const ids = [...new Set(productIds)]
  for (let start = 0; start < ids.length; start += PAGE) {
    const { data } = await query.graph({ entity: "product", fields: CARD_SOURCE_FIELDS, filters: { id: ids.slice(start, start + PAGE) }, context })
    yield data as unknown as CardSource[]
  }
}

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
