import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Pickup } from "@ocop/contracts"
import { displayId, lineQuantity } from "../../../queries/order-lines"
import { awaitingPickup } from "../../../queries/pickups"
import type { BeforeJson } from "../../../utils/before-json"
import { showroomContext } from "../context"

/** Online orders the shoppers will collect here, oldest first, with what to hand over and to collect. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { showroom } = await showroomContext(req)
  const orders = await awaitingPickup(req.scope, showroom.id)
  res.json({
    pickups: orders.map(
      (order): BeforeJson<Pickup, "created_at"> => ({
        id: order.id,
        display_id: displayId(order),
        created_at: order.created_at,
        customer:
          [order.shipping_address?.last_name, order.shipping_address?.first_name].filter(Boolean).join(" ").trim() || null,
        phone: order.shipping_address?.phone ?? null,
        email: order.email ?? null,
        total: Number(order.total),
        items: (order.items ?? []).flatMap((item) =>
          item
            ? [
                {
                  title: item.title,
                  variant_title: item.variant_title ?? null,
                  sku: item.variant_sku ?? null,
                  quantity: lineQuantity(item),
                  unit_price: Number(item.unit_price),
                },
              ]
            : []
        ),
      })
    ),
  })
}
