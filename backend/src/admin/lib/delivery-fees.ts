import { useQuery } from "@tanstack/react-query"
import type { DeliveryFeeTable } from "@ocop/contracts"
import type { DeliveryFeesBody } from "@ocop/contracts/schemas"
import { useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"

const DELIVERY_FEES = "/admin/delivery-fees"
const deliveryFeeKeys = { all: ["delivery-fees"] as const }

export function useDeliveryFees() {
  return useQuery({
    queryKey: deliveryFeeKeys.all,
    queryFn: () => sdk.client.fetch<{ delivery_fees: DeliveryFeeTable }>(DELIVERY_FEES),
    select: (data) => data.delivery_fees,
  })
}

/** Saves the whole table; carts are priced by it from then on. */
export function useSaveDeliveryFees() {
  return useMutationInvalidating(deliveryFeeKeys.all, (body: DeliveryFeesBody) =>
    sdk.client.fetch<{ delivery_fees: DeliveryFeeTable }>(DELIVERY_FEES, { method: "POST", body })
  )
}
