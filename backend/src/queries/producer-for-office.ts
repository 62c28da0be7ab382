import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OfficeProducerDetail } from "@ocop/contracts"
import { storefrontChannelId } from "./storefront-channel"

/** A producer as the office reviews it: its record, its logins and its products with their listing. */
export async function producerForOffice(container: MedusaContainer, id: string): Promise<OfficeProducerDetail> {
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
  const producer = data[0] as any
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy nhà sản xuất.")
  const channelId = await storefrontChannelId(container)
  const { products, ...rest } = producer
  return {
    ...rest,
    products: (products ?? []).filter(Boolean).map((p: any) => ({
      id: p.id,
      title: p.title,
      listed: (p.sales_channels ?? []).some((c: any) => c?.id === channelId),
    })),
  }
}
