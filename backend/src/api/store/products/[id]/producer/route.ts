import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_PRODUCER_FIELDS, publicProducer } from "../../../../../queries/public-producer"

/**
 * Who makes a product, for its page. Medusa's store product API drops linked fields it does not
 * know, so the producer is read here; only approved producers' products are on sale anyway.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { data } = await req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "producer.status", ...PUBLIC_PRODUCER_FIELDS.map((field) => `producer.${field}`)],
    filters: { id: req.params.id },
  })
  const producer = data[0]?.producer
  if (producer?.status !== "approved") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy nhà sản xuất của sản phẩm này.")
  }
  res.json({ producer: publicProducer(producer) })
}
