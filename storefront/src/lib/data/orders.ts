import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "@/lib/config"
import { customerHeaders } from "@/lib/data/customer"
import { forwardedFor } from "@/lib/data/forwarded-for"
import { isNotFound } from "@/lib/store-errors"
import type { LookupRequest } from "@/modules/orders/lookup"
import type { BankTransferInstructions, OrderLookupResult, OrderShipment } from "@ocop/contracts"

// Every order call carries the logged-in customer's token when there is one: an account's order answers
// its owner only (a guest's, anybody holding its id), so without it a customer's own order is a 404.

/** An order by its id (the unguessable id is what lets a guest see it, as in Medusa's store API). */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().store.order.retrieve(
      id,
      { fields: "*payment_collections.payment_sessions" },
      await customerHeaders()
    )
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
      { cache: "no-store", headers: await customerHeaders() }
    )
    return shipments
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}

/**
 * What to transfer for an order paid by bank transfer (VietQR); null for an order paid another way or
 * unknown. Read live: it never changes, but the page that shows it is rendered once per order.
 */
export async function getBankTransfer(orderId: string): Promise<BankTransferInstructions | null> {
  try {
    const { bank_transfer } = await getSdk().client.fetch<{ bank_transfer: BankTransferInstructions }>(
      `/store/orders/${encodeURIComponent(orderId)}/bank-transfer`,
      { cache: "no-store", headers: await customerHeaders() }
    )
    return bank_transfer
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/**
 * The shopper cancels their own order before any parcel leaves (issue 16); an empty reason is left
 * out. Never cached: a write. A refusal (already cancelled, a parcel shipped, already paid) is thrown
 * with the backend's Vietnamese sentence.
 */
export async function cancelOrder(orderId: string, reason: string): Promise<void> {
  await getSdk().client.fetch(`/store/orders/${encodeURIComponent(orderId)}/cancel`, {
    method: "POST",
    body: reason ? { reason } : {},
    headers: await customerHeaders(),
  })
}

/**
 * The id of the order a guest's lookup names (issue 17). A miss (the same sentence whatever was wrong)
 * or too many tries is thrown with the backend's Vietnamese sentence. The visitor's address is passed
 * on: the backend limits lookups per client.
 */
export async function lookUpOrder(request: LookupRequest): Promise<string> {
  const { order_id } = await getSdk().client.fetch<OrderLookupResult>("/store/order-lookup", {
    method: "POST",
    body: request,
    headers: await forwardedFor(),
  })
  return order_id
}
