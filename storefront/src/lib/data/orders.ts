import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "@/lib/config"
import { isNotFound } from "@/lib/store-errors"
import type { OrderShipment } from "@ocop/contracts"

/** An order by its id (the unguessable id is what lets a guest see it, as in Medusa's store API). */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().store.order.retrieve(id, {
      fields: "*payment_collections.payment_sessions",
    })
    return order
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/**
 * The order's parcels, one per producer, with where each stands. Read live: a producer may confirm or
 * ship while the customer looks. An order the API does not know has none.
 */
export async function listOrderShipments(orderId: string): Promise<OrderShipment[]> {
  try {
    const { shipments } = await getSdk().client.fetch<{ shipments: OrderShipment[] }>(
      `/store/orders/${encodeURIComponent(orderId)}/shipments`,
      { cache: "no-store" }
    )
    return shipments
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}
