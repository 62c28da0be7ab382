import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The showroom's shelf and counter: its stock location and its sales channel. */
export async function showroomPlaces(container: MedusaContainer, showroomId: string) {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "showroom",
    fields: ["id", "active", "stock_location.id", "sales_channel.id"],
    filters: { id: showroomId },
  })
  const [showroom] = data
  if (!showroom?.stock_location?.id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy điểm bán.")
  return {
    location_id: showroom.stock_location.id,
    sales_channel_id: showroom.sales_channel?.id as string,
    active: !!showroom.active,
  }
}
