import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import type { CardInput } from "../../../modules/catalog/types"

export type ProductCards = { product_ids: string[]; cards: CardInput[] }

/** Makes the cards of these products exactly the given ones (absent = not shown). */
export const writeProductCardsStep = createStep(
  "write-product-cards",
  async (input: ProductCards, { container }) => {
    const { previous, changed } = await container
      .resolve<CatalogModuleService>(CATALOG_MODULE)
      .replaceCards(input.product_ids, input.cards)
    return new StepResponse({ shown: input.cards.length, changed }, { ids: input.product_ids, previous })
  },
  // The cards go back to what they were: a projection never runs ahead of a failed change.
  async (snapshot, { container }) => {
    if (!snapshot?.ids.length) return
    await container.resolve<CatalogModuleService>(CATALOG_MODULE).restoreCards(snapshot.ids, snapshot.previous)
  }
)
