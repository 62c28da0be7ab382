import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProducerProductLink from "../links/producer-product"

const query = (container: MedusaContainer) => container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

/**
 * What belongs to a producer: every /producer/* route scopes its reads and writes to the member's
 * producer through these. 404 in the same words whether the id does not exist or is another producer's.
 */
export const notFound = (what: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy ${what}.`)

/** Ids of the producer's own products, or of the given ones that are its own. */
export async function ownProductIds(container: MedusaContainer, producerId: string, only?: string[]): Promise<string[]> {
  const { data } = await query(container).graph({
    entity: ProducerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_id: producerId, ...(only && { product_id: only }) },
  })
  return data.map((row: { product_id: string }) => row.product_id)
}

/** The producer's product, or 404 (also when it is another producer's). */
export async function assertOwnProduct(container: MedusaContainer, producerId: string, productId: string) {
  if (!(await ownProductIds(container, producerId, [productId])).length) throw notFound("sản phẩm")
}

/** The producer's warehouse: where its stock is counted and its parcels leave from. */
export async function producerLocationId(container: MedusaContainer, producerId: string): Promise<string> {
  const { data } = await query(container).graph({
    entity: "producer",
    fields: ["stock_location.id"],
    filters: { id: producerId },
  })
  const locationId = data[0]?.stock_location?.id
  if (!locationId) throw notFound("kho của nhà sản xuất")
  return locationId
}
