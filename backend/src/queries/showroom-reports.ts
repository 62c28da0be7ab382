import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  siteTypeLabel,
  vietnamDay,
  type Period as DayPeriod,
  type ShowroomOverviewRow,
  type ShowroomReport,
} from "@ocop/contracts"
import { SHOWROOM_MODULE } from "../modules/showroom"
import type ShowroomModuleService from "../modules/showroom/service"
import type { Period, ShowroomTotals } from "../modules/showroom/service"
import { showroomShelf } from "./showroom-shelf"

/** The period as the calendar days it covers in Vietnam, both inclusive ("2026-11-01" to "2026-11-30"). */
export function periodDays(period: Period): DayPeriod {
  return { from: vietnamDay(period.from), to: vietnamDay(period.to.getTime() - 1) }
}

/** Units sold ÷ units the showroom had to sell (on hand at the start + received); null with nothing to sell. */
export function sellThrough(totals: Pick<ShowroomTotals, "units_sold" | "on_hand_at_start" | "units_received">): number | null {
  const available = totals.on_hand_at_start + totals.units_received
  return available > 0 ? Math.round((totals.units_sold / available) * 1000) / 1000 : null
}

const EMPTY = {
  sales_count: 0,
  revenue: 0,
  units_sold: 0,
  units_received: 0,
  on_hand_at_start: 0,
  on_hand_at_end: 0,
  last_sale_at: null,
}

async function producerNames(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, string>()
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "name"],
    filters: { id: ids },
  })
  return new Map(data.map((p) => [p.id, p.name]))
}

/** One showroom's report for a period: sales, revenue, what sold by product and producer, sell-through, stock value, slow movers. */
export async function showroomReport(container: MedusaContainer, showroomId: string, period: Period): Promise<ShowroomReport> {
  const showrooms = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
  const [[totals], byProduct, byProducer, byVariant, shelf] = await Promise.all([
    showrooms.periodTotals(period, [showroomId]),
    showrooms.salesBy(showroomId, period, "product_id"),
    showrooms.salesBy(showroomId, period, "producer_id"),
    showrooms.salesBy(showroomId, period, "variant_id"),
    showroomShelf(container, showroomId),
  ])
  const figures = totals ?? { showroom_id: showroomId, ...EMPTY }
  const titles = new Map(shelf.map((line) => [line.product_id, line.title]))
  const producers = await producerNames(container, byProducer.map((row) => row.key).filter(Boolean))
  const soldOf = new Map(byVariant.map((row) => [row.key, row.units]))
  return {
    period: periodDays(period),
    sales_count: figures.sales_count,
    revenue: figures.revenue,
    units_sold: figures.units_sold,
    units_received: figures.units_received,
    sell_through: sellThrough(figures),
    last_sale_at: figures.last_sale_at,
    stock_units: shelf.reduce((sum, line) => sum + line.stock, 0),
    stock_value: shelf.reduce((sum, line) => sum + line.stock * (line.price ?? 0), 0),
    by_product: byProduct.map((row) => ({
      product_id: row.key,
      title: titles.get(row.key) ?? row.key,
      units: row.units,
      revenue: row.revenue,
    })),
    by_producer: byProducer.map((row) => ({
      producer_id: row.key,
      name: producers.get(row.key) ?? "—",
      units: row.units,
      revenue: row.revenue,
    })),
    // On the shelf but selling least: candidates to return to the producer or to promote.
    slow_movers: shelf
      .filter((line) => line.stock > 0)
      .map((line) => ({
        variant_id: line.variant_id,
        sku: line.sku,
        title: line.title,
        variant_title: line.variant_title,
        stock: line.stock,
        units_sold: soldOf.get(line.variant_id) ?? 0,
      }))
      .sort((a, b) => a.units_sold - b.units_sold || b.stock - a.stock)
      .slice(0, 10),
  }
}

/**
 * Every showroom ranked for the office, the ones that are not working first: closed, then without a
 * sale in the period, then by revenue from the lowest.
 */
export async function showroomOverview(container: MedusaContainer, period: Period): Promise<ShowroomOverviewRow[]> {
  const showrooms = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
  const [all, totals] = await Promise.all([
    showrooms.listShowrooms({}, { select: ["id", "name", "handle", "province", "commune", "site_type", "active"] }),
    showrooms.periodTotals(period),
  ])
  const byId = new Map(totals.map((row) => [row.showroom_id, row]))
  const rows = all.map((showroom) => {
    const figures = byId.get(showroom.id) ?? { showroom_id: showroom.id, ...EMPTY }
    return { showroom, ...figures, sell_through: sellThrough(figures) }
  })
  const weakness = (row: (typeof rows)[number]) => (!row.showroom.active ? 0 : row.sales_count === 0 ? 1 : 2)
  rows.sort((a, b) => weakness(a) - weakness(b) || a.revenue - b.revenue || a.showroom.name.localeCompare(b.showroom.name, "vi"))
  return rows.map((row, i) => ({ rank: i + 1, ...row }))
}

/** The overview as CSV rows, the header first. */
export function overviewCsv(rows: ShowroomOverviewRow[]): unknown[][] {
  const header = [
    "Hạng",
    "Điểm bán",
    "Tỉnh/thành",
    "Xã/phường",
    "Loại địa điểm",
    "Đang hoạt động",
    "Số đơn",
    "Doanh thu (VND)",
    "Số lượng bán",
    "Nhận ký gửi",
    "Tỷ lệ bán hết (%)",
    "Tồn cuối kỳ",
    "Lần bán gần nhất",
  ]
  const lines = rows.map((row) => [
    row.rank,
    row.showroom.name,
    row.showroom.province,
    row.showroom.commune,
    siteTypeLabel(row.showroom.site_type),
    row.showroom.active ? "Có" : "Không",
    row.sales_count,
    row.revenue,
    row.units_sold,
    row.units_received,
    row.sell_through === null ? "" : (row.sell_through * 100).toFixed(1),
    row.on_hand_at_end,
    row.last_sale_at ?? "",
  ])
  return [header, ...lines]
}
