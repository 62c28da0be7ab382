import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OfficeProducer } from "@ocop/contracts"
import type { BeforeJson } from "../../../utils/before-json"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProducerProductLink from "../../../links/producer-product"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { productsMissingStandard } from "../../../queries/missing-standards"
import { containsPattern } from "../../../utils/sql"
import type { ListProducersQuery } from "@ocop/contracts/schemas"

/** The office's register of producers, newest applications first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListProducersQuery>, res: MedusaResponse) => {
  const { status, q, province, missing_standard, limit, offset } = req.validatedQuery
  const missing = await productsMissingStandard(req.scope)
  const missingCount = new Map<string, number>()
  for (const product of missing) missingCount.set(product.producer_id, (missingCount.get(product.producer_id) ?? 0) + 1)
  const [producers, count] = await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).listAndCountProducers(
    {
      ...(status && { status }),
      ...(province && { province }),
      ...(missing_standard && { id: [...missingCount.keys()] }),
      ...(q && { $or: [{ name: { $ilike: containsPattern(q) } }, { tax_code: { $ilike: containsPattern(q) } }] }),
    },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  const { data: links } = await req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: ProducerProductLink.entryPoint,
    fields: ["producer_id"],
    filters: { producer_id: producers.map((p) => p.id) },
  })
  const productCount = new Map<string, number>()
  for (const link of links as { producer_id: string }[])
    productCount.set(link.producer_id, (productCount.get(link.producer_id) ?? 0) + 1)
  const rows = producers.map(
    (p): BeforeJson<OfficeProducer, "approved_at" | "suspended_at" | "created_at"> => ({
      ...p,
      product_count: productCount.get(p.id) ?? 0,
      missing_standard_count: missingCount.get(p.id) ?? 0,
    })
  )
  res.json({ producers: rows, count })
}
