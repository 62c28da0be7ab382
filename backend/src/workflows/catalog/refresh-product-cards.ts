import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import type { CardInput } from "../../modules/catalog/types"
import { cardContext, cardSources } from "../../queries/card-sources"
import { isInChannel, productCard } from "./product-card"
import { pushSearchDocumentsStep } from "./search-documents"
import { revalidateStorefrontStep } from "./steps/revalidate-storefront-products"
import { writeProductCardsStep, type ProductCards } from "./steps/write-product-cards"
import type { TracePackagingInput } from "../../modules/traceability/service"
import { type TracePackagings, tracePackagings, writeTracePackagingsStep } from "../traceability/steps/write-trace-packagings"

const buildProductCardsStep = createStep("build-product-cards", async (input: { product_ids: string[] }, { container }) => {
  const { channel_id: channelId, online_locations, shelves } = await cardContext(container)
  const now = new Date()
  const cards: CardInput[] = []
  const packagings: TracePackagingInput[] = []
  for await (const page of cardSources(container, input.product_ids)) {
    for (const product of page) {
      const card = productCard(product, isInChannel(product, channelId), now, online_locations, shelves)
      if (card) cards.push(card)
      packagings.push(...tracePackagings(product))
    }
  }
  return new StepResponse<ProductCards & TracePackagings>({ product_ids: input.product_ids, cards, packagings })
})

/** For changes outside the listing sync that still change a card (price, stock, titles), and its packagings' trace. */
export const refreshProductCardsWorkflow = createWorkflow("refresh-product-cards", (input: { product_ids: string[] }) => {
  const built = buildProductCardsStep(input)
  const written = writeProductCardsStep(built)
  writeTracePackagingsStep(built)
  pushSearchDocumentsStep(input)
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
    const cards = await catalog.listProductCards(
      { id: { $gt: after } },
      { take: REBUILD_CHUNK, order: { id: "ASC" }, select: ["id"] }
    )
    if (!cards.length) return
    after = cards[cards.length - 1].id
    await refreshProductCardsWorkflow(container).run({ input: { product_ids: cards.map((card) => card.id) } })
  }
}
