// Each producer confirms, ships or cancels its own part of an order (docs/PRODUCER-API.md): the
// customer sees one parcel per producer, each with its own state (OrderShipment in @ocop/contracts).
import { formatVnd, type OrderShipment, PARCEL_STATUS_LABELS, type ProducerOrderStatus } from "@ocop/contracts"

export type ShipmentState = {
  label: string
  /** What the customer needs next to the label: the carrier and tracking number, or why it was canceled. */
  details: string[]
  tone: "waiting" | "progress" | "done" | "canceled"
}

const TONE: Record<ProducerOrderStatus, ShipmentState["tone"]> = {
  pending: "waiting",
  confirmed: "progress",
  shipped: "done",
  delivered: "done",
  refused: "canceled",
  canceled: "canceled",
}

/** One sentence per refund: where the money is on its way back (issue 16). */
export function refundNote(refund: OrderShipment["refunds"][number]): string {
  const amount = formatVnd(refund.amount)
  if (refund.status === "refunded") return `Đã hoàn ${amount} vào thẻ của bạn`
  if (refund.status === "paid_out") return `Đã chuyển khoản hoàn ${amount}`
  return `Sẽ hoàn ${amount}: văn phòng OCOP chuyển khoản lại cho bạn`
}

export function shipmentState(
  shipment: Pick<OrderShipment, "status" | "carrier" | "tracking_number" | "cancel_reason" | "refunds">
): ShipmentState {
  const state = parcelState(shipment)
  return { ...state, details: [...state.details, ...shipment.refunds.map(refundNote)] }
}

function parcelState(shipment: Pick<OrderShipment, "status" | "carrier" | "tracking_number" | "cancel_reason">): ShipmentState {
  const label = PARCEL_STATUS_LABELS[shipment.status] ?? "Đang xử lý"
  const tone = TONE[shipment.status] ?? "waiting"
  const text = (value: string | null) => value?.trim() || null
  if (shipment.status === "shipped") {
    const carrier = text(shipment.carrier)
    const tracking = text(shipment.tracking_number)
    return { label, tone, details: [carrier, tracking && `Mã vận đơn ${tracking}`].filter((d): d is string => !!d) }
  }
  if (shipment.status === "canceled" || shipment.status === "refused") {
    const reason = text(shipment.cancel_reason)
    return { label, tone, details: reason ? [`Lý do: ${reason}`] : [] }
  }
  return { label, tone, details: [] }
}
