import { useQuery } from "@tanstack/react-query"
import type { OrderPartMoney, OrderPartsMoneyResponse, ShopperRefundResponse } from "@ocop/contracts"
import type { RefundPartBody } from "@ocop/contracts/schemas"
import { useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"

/** What the API allows: a part is cancelled before its parcel leaves; refunds need something left to give back. */
export const canCancelPart = (part: OrderPartMoney) => part.status === "pending" || part.status === "confirmed"
export const canRefundPart = (part: OrderPartMoney) => part.refundable > 0

const partsKey = (orderId: string) => ["order-producer-parts", orderId] as const

export function useOrderPartsMoney(orderId: string) {
  return useQuery({
    queryKey: partsKey(orderId),
    queryFn: () => sdk.client.fetch<OrderPartsMoneyResponse>(`/admin/orders/${orderId}/producer-parts`),
    select: (data) => data.parts,
  })
}

// Medusa's own order page reads the order's payments and status: refetched with the parts.
const scope = (orderId: string) => ["order-producer-parts", orderId]

export function useCancelPart(orderId: string, partId: string) {
  return useMutationInvalidating(scope(orderId), (reason: string) =>
    sdk.client.fetch<OrderPartsMoneyResponse>(`/admin/producer-orders/${partId}/cancel`, { method: "POST", body: { reason } })
  )
}

export function useRefundPart(orderId: string, partId: string) {
  return useMutationInvalidating(scope(orderId), (body: RefundPartBody) =>
    sdk.client.fetch<OrderPartsMoneyResponse>(`/admin/producer-orders/${partId}/refund`, { method: "POST", body })
  )
}

export function useMarkRefundPaidOut(orderId: string, refundId: string) {
  return useMutationInvalidating(scope(orderId), (reference: string) =>
    sdk.client.fetch<ShopperRefundResponse>(`/admin/shopper-refunds/${refundId}/paid-out`, {
      method: "POST",
      body: { reference },
    })
  )
}
