import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PopularProducts } from "@ocop/contracts"
import type { PopularProductsQuery } from "@ocop/contracts/schemas"
import { popularProducts } from "../../../../queries/popular-products"

/** The listed products most ordered lately, of a province or the whole shop: what a search that found nothing offers. */
export const GET = async (req: MedusaRequest<unknown, PopularProductsQuery>, res: MedusaResponse) => {
  const { province, limit } = req.validatedQuery as PopularProductsQuery
  const popular: PopularProducts = { province: province || null, cards: await popularProducts(req.scope, { province, limit }) }
  res.json(popular)
}
