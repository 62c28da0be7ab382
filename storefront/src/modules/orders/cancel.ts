// A shopper may cancel their own order until a producer hands a parcel to the carrier (issue 16).
// The backend decides (it also refuses a paid order); this only says whether to offer the button.
import type { OrderShipment } from "@ocop/contracts"

export function offerCancel(orderStatus: string, shipments: Pick<OrderShipment, "status">[] | null): boolean {
  if (orderStatus === "canceled" || shipments === null) return false
  return shipments.every((s) => s.status === "pending" || s.status === "confirmed" || s.status === "canceled")
}
