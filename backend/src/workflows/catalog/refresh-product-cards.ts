import type { IStoreModuleService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import { CARD_SOURCE_FIELDS, productCard, type CardSource } from "./product-card"

export type RefreshProductCardsInput = { product_ids: string[] }

/** Query reads products in pages: 10,000 products with their variants in one go would be one huge join. */
const PAGE = 1000

/** Rebuilds the cards of the given products from the source of truth (listing, prices, stock, certificates). */
export const refreshProductCardsStep = createStep(
  "refresh-product-cards",
  async (input: RefreshProductCardsInput, { container }) => {
    const ids = [...new Set(input.product_ids)]
    if (!ids.length) return new StepResponse({ listed: 0, removed: 0 }, { ids, previous: [] as Record<string, unknown>[] })
    const [store] = await container.resolve<IStoreModuleService>(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
    const now = new Date()
    const previous: Record<string, unknown>[] = []
    let listed = 0
    for (let start = 0; start < ids.length; start += PAGE) {
      const page = ids.slice(start, start + PAGE)
      const { data } = await query.graph({ entity: "product", fields: CARD_SOURCE_FIELDS, filters: { id: page } })
      const cards = (data as unknown as CardSource[])
        .map((product) => productCard(product, store?.default_sales_channel_id ?? "", now))
        .filter((card) => card !== null)
      previous.push(...(await catalog.replaceCards(page, cards)))
      listed += cards.length
    }
    return new StepResponse({ listed, removed: ids.length - listed }, { ids, previous })
  },
  // The cards go back to what they were: a projection never runs ahead of a failed change.
  async (snapshot, { container }) => {
    if (!snapshot?.ids.length) return
    await container.resolve<CatalogModuleService>(CATALOG_MODULE).restoreCards(snapshot.ids, snapshot.previous)
  }
)

/** For changes outside the listing sync that still change a card: price, stock, titles. */
export const refreshProductCardsWorkflow = createWorkflow("refresh-product-cards", (input: RefreshProductCardsInput) => {
  return new WorkflowResponse(refreshProductCardsStep(input))
})
