import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OfficeProducerDetail } from "@ocop/contracts"
import type { BeforeJson } from "../utils/before-json"
import { storefrontChannelId } from "./storefront-channel"

/** A producer for the office's review, its dates still Dates until the answer's JSON. */
type ProducerForOffice = BeforeJson<OfficeProducerDetail, "created_at" | "approved_at" | "suspended_at">

/** A producer as the office reviews it: its record, its logins and its products with their listing. */
export async function producerForOffice(container: MedusaContainer, id: string): Promise<ProducerForOffice> {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: [
      "*",
      "members.id",
      "members.email",
      "members.name",
      "members.role",
      "products.id",
      "products.title",
      "products.sales_channels.id",
    ],
    filters: { id },
  })
  const [producer] = data
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy nhà sản xuất.")
  const channelId = await storefrontChannelId(container)
  const { products, ...rest } = producer
  return {
    ...rest,
    members: rest.members.filter((member) => member !== null),
    products: (products ?? [])
      .filter((p) => p !== null)
      .map((p) => ({
        id: p.id,
        title: p.title,
        listed: (p.sales_channels ?? []).some((c) => c?.id === channelId),
      })),
  }
}
