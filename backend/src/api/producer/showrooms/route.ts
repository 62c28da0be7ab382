import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import type ShowroomModuleService from "../../../modules/showroom/service"
import { periodDays } from "../../../queries/showroom-reports"
import type { ShowroomConsignment } from "@ocop/contracts"
import type { PeriodQuery } from "@ocop/contracts/schemas"
import { producerContext } from "../context"

/** Where the producer's goods are on consignment: per showroom, each SKU's shelf count and sales in the period. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PeriodQuery>, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const showrooms = req.scope.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
  const flows = await showrooms.producerFlows(producer.id, req.validatedQuery)
  const places = flows.length
    ? await showrooms.listShowrooms(
        { id: [...new Set(flows.map((f) => f.showroom_id))] },
        { select: ["id", "name", "province", "address", "active"] }
      )
    : []
  res.json({
    period: periodDays(req.validatedQuery),
    showrooms: places.map((showroom): ShowroomConsignment => {
      const lines = flows.filter((f) => f.showroom_id === showroom.id)
      return {
        showroom,
        lines: lines.map(({ variant_id, sku, on_hand, units_sold, revenue }) => ({
          variant_id,
          sku,
          on_hand,
          units_sold,
          revenue,
        })),
        on_hand: lines.reduce((sum, l) => sum + l.on_hand, 0),
        units_sold: lines.reduce((sum, l) => sum + l.units_sold, 0),
        revenue: lines.reduce((sum, l) => sum + l.revenue, 0),
      }
    }),
  })
}
