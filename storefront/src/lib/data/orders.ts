import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "@/lib/config"
import { isNotFound } from "@/lib/store-errors"

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
