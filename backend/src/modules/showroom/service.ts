import type { Context } from "@medusajs/framework/types"
import type { ShowroomOverviewRow } from "@ocop/contracts"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Showroom } from "./models/showroom"
import { ShowroomStaff } from "./models/showroom-staff"
import { StockMovement } from "./models/stock-movement"

export type Period = { from: Date; to: Date }

/** A showroom's sales and stock flow over a period, all read from its movement rows. */
export type ShowroomTotals = Omit<ShowroomOverviewRow, "rank" | "showroom" | "sell_through">

export type SalesBy = { key: string; units: number; revenue: number }

// Rows as PostgreSQL answers the reports' SQL: a bigint sum comes back as a string.
type TotalsRow = Omit<ShowroomTotals, "revenue" | "last_sale_at"> & { revenue: string; last_sale_at: Date | null }
type SalesByRow = { key: string; units: number; revenue: string }
type FlowRow = {
  showroom_id: string
  variant_id: string
  sku: string | null
  on_hand: number
  units_sold: number
  revenue: string
}

// Sales net of customer returns: a sale row is negative, a return positive, so −quantity counts both.
const NET_SOLD = "kind IN ('sale', 'customer_return')"
const IN_PERIOD = "created_at >= :from AND created_at < :to"

class ShowroomModuleService extends MedusaService({ Showroom, ShowroomStaff, StockMovement }) {
  /**
   * Totals for each showroom in one scan of the movements up to the period's end (the stock on hand
   * when it began is the sum of every movement before it). Showrooms without movements are absent.
   */
  @InjectManager()
  async periodTotals(period: Period, showroomIds?: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = sharedContext.manager!.getKnex()
    const ids = Object.fromEntries((showroomIds ?? []).map((id, i) => [`id${i}`, id]))
    const onlyThese = showroomIds
      ? `AND showroom_id IN (${
          Object.keys(ids)
            .map((key) => `:${key}`)
            .join(", ") || "NULL"
        })`
      : ""
    const { rows }: { rows: TotalsRow[] } = await knex.raw(
      `SELECT showroom_id,
         CAST(count(DISTINCT order_id) FILTER (WHERE kind = 'sale' AND ${IN_PERIOD}) AS int) AS sales_count,
         CAST(coalesce(sum(-quantity * unit_price) FILTER (WHERE ${NET_SOLD} AND ${IN_PERIOD}), 0) AS bigint) AS revenue,
         CAST(coalesce(sum(-quantity) FILTER (WHERE ${NET_SOLD} AND ${IN_PERIOD}), 0) AS int) AS units_sold,
         CAST(coalesce(sum(quantity) FILTER (WHERE kind = 'receipt' AND ${IN_PERIOD}), 0) AS int) AS units_received,
         CAST(coalesce(sum(quantity) FILTER (WHERE created_at < :from), 0) AS int) AS on_hand_at_start,
         CAST(coalesce(sum(quantity), 0) AS int) AS on_hand_at_end,
         max(created_at) FILTER (WHERE kind = 'sale') AS last_sale_at
       FROM stock_movement
       WHERE deleted_at IS NULL AND created_at < :to ${onlyThese}
       GROUP BY showroom_id`,
      { ...period, ...ids }
    )
    return rows.map(
      (row): ShowroomTotals => ({
        ...row,
        revenue: Number(row.revenue),
        last_sale_at: row.last_sale_at ? new Date(row.last_sale_at).toISOString() : null,
      })
    )
  }

  /** Net units and revenue of one showroom's sales in the period, by product or by producer. */
  @InjectManager()
  async salesBy(
    showroomId: string,
    period: Period,
    by: "product_id" | "producer_id" | "variant_id",
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SalesBy[]> {
    const knex = sharedContext.manager!.getKnex()
    const { rows }: { rows: SalesByRow[] } = await knex.raw(
      `SELECT ${by} AS key, CAST(sum(-quantity) AS int) AS units, CAST(sum(-quantity * unit_price) AS bigint) AS revenue
       FROM stock_movement
       WHERE deleted_at IS NULL AND showroom_id = :showroomId AND ${NET_SOLD} AND ${IN_PERIOD}
       GROUP BY ${by} ORDER BY revenue DESC`,
      { showroomId, ...period }
    )
    return rows.map((row) => ({ key: row.key, units: row.units, revenue: Number(row.revenue) }))
  }

  /** A producer's goods in every showroom: shelf count (all movements) and net sales in the period, per SKU. */
  @InjectManager()
  async producerFlows(producerId: string, period: Period, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = sharedContext.manager!.getKnex()
    const { rows }: { rows: FlowRow[] } = await knex.raw(
      `SELECT showroom_id, variant_id, max(sku) AS sku,
         CAST(coalesce(sum(quantity), 0) AS int) AS on_hand,
         CAST(coalesce(sum(-quantity) FILTER (WHERE ${NET_SOLD} AND ${IN_PERIOD}), 0) AS int) AS units_sold,
         CAST(coalesce(sum(-quantity * unit_price) FILTER (WHERE ${NET_SOLD} AND ${IN_PERIOD}), 0) AS bigint) AS revenue
       FROM stock_movement
       WHERE deleted_at IS NULL AND producer_id = :producerId AND created_at < :to
       GROUP BY showroom_id, variant_id`,
      { producerId, ...period }
    )
    return rows.map((row) => ({ ...row, revenue: Number(row.revenue) }))
  }
}

export default ShowroomModuleService
