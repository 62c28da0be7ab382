import Link from "next/link"
import { batchTracePath, formatDateTime, type OrderShipment } from "@ocop/contracts"
import { type ShipmentState, shipmentState } from "@/modules/orders/shipments"

const TONE_CLASS: Record<ShipmentState["tone"], string> = {
  waiting: "bg-amber-100 text-amber-900",
  progress: "bg-sky-100 text-sky-900",
  done: "bg-emerald-100 text-emerald-900",
  canceled: "bg-red-100 text-red-900",
}

/** One card per producer: each packs and ships its own part of the order. */
export default function OrderShipments({ shipments }: { shipments: OrderShipment[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {shipments.map((shipment, index) => {
        const state = shipmentState(shipment)
        return (
          <li key={shipment.producer.handle ?? index} className="flex flex-col gap-3 rounded-lg border border-stone-200 p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-semibold">
                {shipment.producer.handle ? (
                  <Link
                    href={`/producers/${shipment.producer.handle}`}
                    className="text-emerald-800 underline hover:text-emerald-900"
                  >
                    {shipment.producer.name}
                  </Link>
                ) : (
                  shipment.producer.name
                )}
              </h3>
              <span className={`rounded-full px-3 py-0.5 text-sm font-semibold ${TONE_CLASS[state.tone]}`}>{state.label}</span>
            </div>
            {(state.details.length > 0 || (shipment.status === "shipped" && shipment.shipped_at)) && (
              <p className="text-sm text-stone-700">
                {[
                  ...state.details,
                  shipment.status === "shipped" && shipment.shipped_at && `Gửi lúc ${formatDateTime(shipment.shipped_at)}`,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            )}
            <ul className="flex flex-col gap-1 text-sm">
              {shipment.items.map((item, itemIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a parcel's lines never reorder, and two may share a title
                <li key={itemIndex} className="flex justify-between gap-3">
                  <span>
                    {item.title}
                    {item.variant_title && <span className="text-stone-600"> · {item.variant_title}</span>}
                    {item.batch && (
                      <Link
                        href={batchTracePath(item.batch.id)}
                        className="block text-emerald-800 underline hover:text-emerald-900"
                      >
                        Truy xuất lô {item.batch.lot_number}
                      </Link>
                    )}
                  </span>
                  <span className="shrink-0 text-stone-700">× {item.quantity}</span>
                </li>
              ))}
            </ul>
          </li>
        )
      })}
    </ul>
  )
}
