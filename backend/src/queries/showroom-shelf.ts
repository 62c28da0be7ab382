import type { IInventoryService, MedusaContainer, RemoteQueryEntryPoints, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SHOWROOM_MODULE } from "../modules/showroom"
import type ShowroomModuleService from "../modules/showroom/service"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { DAY_MS, type ShelfLine } from "@ocop/contracts"
import { foldVietnamese } from "../utils/vietnamese"
import { showroomPlaces } from "./showroom-places"
import { type PricedVariant, vndPrice } from "./variant-prices"

type Product = RemoteQueryEntryPoints["product"]

/** The sales pace is read over the last 30 days. */
const PACE_DAYS = 30
/** Flagged for restocking below this many units, or when it will run out within a week. */
export const LOW_STOCK = { units: 5, days: 7 }

/** Days until the shelf is empty at the last 30 days' pace; null when nothing sold (no pace to go by). */
export function daysOfStockLeft(stock: number, soldInPace: number): number | null {
  if (soldInPace <= 0) return null
  return Math.floor(stock / (soldInPace / PACE_DAYS))
}

/**
 * Everything on a showroom's shelf: the available count at its location, the shelf price and the
 * pace of sales. `q` matches the name without diacritics ("keo cu do"), a SKU or a barcode.
 */
export async function showroomShelf(container: MedusaContainer, showroomId: string, q?: string): Promise<ShelfLine[]> {
  const { location_id } = await showroomPlaces(container, showroomId)
  const levels = await container.resolve<IInventoryService>(Modules.INVENTORY).listInventoryLevels({ location_id })
  if (!levels.length) return []
  const { data: items } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "inventory_item",
    fields: [
      "id",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.barcode",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "variants.product.id",
      "variants.product.title",
      "variants.product.thumbnail",
      "variants.product.producer.name",
    ],
    filters: { id: levels.map((level) => level.inventory_item_id) },
  })
  const sales = await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).listStockMovements(
    {
      showroom_id: showroomId,
      kind: ["sale", "customer_return"],
      created_at: { $gte: new Date(Date.now() - PACE_DAYS * DAY_MS) },
    },
    { select: ["variant_id", "quantity"] }
  )
  const receivedBatches = await batchesReceived(container, showroomId)
  const sold = new Map<string, number>()
  for (const movement of sales) sold.set(movement.variant_id, (sold.get(movement.variant_id) ?? 0) - movement.quantity)
  const stockOf = new Map(levels.map((level) => [level.inventory_item_id, Number(level.available_quantity)]))

  const needle = q ? foldVietnamese(q).toLowerCase().trim() : ""
  return items
    .flatMap((item) =>
      (item.variants ?? [])
        // A variant's product may be gone (Query answers null): such a packaging is not for sale.
        .filter((variant): variant is PricedVariant & { product: Product } => !!variant?.product)
        .map((variant): ShelfLine => {
          const stock = stockOf.get(item.id) ?? 0
          const soldRecently = sold.get(variant.id) ?? 0
          const daysLeft = daysOfStockLeft(stock, soldRecently)
          return {
            variant_id: variant.id,
            sku: variant.sku ?? null,
            barcode: variant.barcode ?? null,
            product_id: variant.product.id,
            title: variant.product.title,
            variant_title: variant.title,
            producer_name: variant.product.producer?.name ?? null,
            thumbnail: variant.product.thumbnail ?? null,
            price: vndPrice(variant),
            stock,
            sold_30_days: soldRecently,
            days_of_stock_left: daysLeft,
            low_stock: stock < LOW_STOCK.units || (daysLeft !== null && daysLeft < LOW_STOCK.days),
            received_batches: receivedBatches.get(variant.id) ?? [],
          }
        })
    )
    .filter(
      (line) =>
        !needle ||
        line.sku?.toLowerCase() === needle ||
        line.barcode === q?.trim() ||
        foldVietnamese(`${line.title} ${line.variant_title} ${line.sku ?? ""}`)
          .toLowerCase()
          .includes(needle)
    )
    .sort((a, b) => a.title.localeCompare(b.title, "vi") || a.variant_title.localeCompare(b.variant_title, "vi"))
}

/**
 * The production batches the showroom's receipts named, by packaging, newest receipt first: a receipt
 * names its lot, and a lot number is one batch of the packaging (unique per producer and packaging).
 */
async function batchesReceived(container: MedusaContainer, showroomId: string) {
  const receipts = await container
    .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    .listStockMovements(
      { showroom_id: showroomId, kind: "receipt", batch_code: { $ne: null } },
      { select: ["variant_id", "batch_code"], order: { created_at: "DESC" } }
    )
  const byVariant = new Map<string, { id: string; lot_number: string }[]>()
  if (!receipts.length) return byVariant
  const batches = await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).listBatches(
    {
      variant_id: [...new Set(receipts.map((r) => r.variant_id))],
      lot_number: [...new Set(receipts.map((r) => r.batch_code as string))],
    },
    { select: ["id", "variant_id", "lot_number"] }
  )
  const batchOf = new Map(batches.map((batch) => [`${batch.variant_id} ${batch.lot_number}`, batch]))
  for (const receipt of receipts) {
    const batch = batchOf.get(`${receipt.variant_id} ${receipt.batch_code}`)
    const named = byVariant.get(receipt.variant_id) ?? []
    if (batch && !named.some((known) => known.id === batch.id)) named.push({ id: batch.id, lot_number: batch.lot_number })
    byVariant.set(receipt.variant_id, named)
  }
  return byVariant
}
