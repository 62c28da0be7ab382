import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type BatchReach, vietnamDay } from "@ocop/contracts"
import type { BatchReachQuery } from "@ocop/contracts/schemas"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { findStamp } from "./stamp-trace"

/** A lot number is unique per producer and packaging, so one typed lot may name a few batches: at most this many (and a producer's newest). */
const MAX_BATCHES = 20

type BatchRecord = Awaited<ReturnType<TraceabilityModuleService["listBatches"]>>[number]

/**
 * The batches a search names: by id (from another office page), a producer's newest, by lot number
 * (any case), else by a stamp's code or QR link — whose refusals (mistyped, unknown) are the trace page's.
 */
async function batchesNamed(container: MedusaContainer, search: BatchReachQuery): Promise<BatchRecord[]> {
  const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  if (search.batch_id) return traceability.listBatches({ id: search.batch_id })
  if (search.producer_id) {
    return traceability.listBatches(
      { producer_id: search.producer_id },
      { order: { produced_on: "DESC", created_at: "DESC" }, take: MAX_BATCHES }
    )
  }
  const typed = search.q ?? ""
  const byLot = await traceability.listBatches(
    { lot_number: { $ilike: typed.replace(/[%_\\]/g, "\\$&") } },
    { order: { produced_on: "DESC" }, take: MAX_BATCHES }
  )
  if (byLot.length) return byLot
  const stamp = await findStamp(container, typed)
  return stamp ? [stamp.batch] : []
}

/**
 * "One step forward" for the office: each batch a search names, with the online orders a line of
 * which was shipped from it (number, day, province of delivery: no more of the shopper) and the
 * showrooms whose receipts or counter sales named its lot (received, sold).
 */
export async function batchReach(container: MedusaContainer, search: BatchReachQuery): Promise<BatchReach[]> {
  const batches = await batchesNamed(container, search)
  if (!batches.length) return []
  const ids = batches.map((batch) => batch.id)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ data: variants }, orders, showrooms] = await Promise.all([
    container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "product.id", "product.title", "product.producer.id", "product.producer.name"],
      filters: { id: [...new Set(batches.map((batch) => batch.variant_id))] },
    }),
    knex.raw<{ rows: (BatchReach["orders"][number] & { batch_id: string; created_at: Date })[] }>(
      `SELECT sb.batch_id, o.id AS order_id, o.display_id, o.created_at, a.province, COALESCE(oi.quantity, 0)::int AS quantity
       FROM shipped_batch sb
       JOIN "order" o ON o.id = sb.order_id AND o.deleted_at IS NULL
       LEFT JOIN order_address a ON a.id = o.shipping_address_id
       LEFT JOIN order_item oi ON oi.item_id = sb.line_item_id AND oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
       WHERE sb.deleted_at IS NULL AND sb.batch_id = ANY(?)
       ORDER BY o.created_at DESC, o.id`,
      [ids]
    ),
    knex.raw<{ rows: (BatchReach["showrooms"][number] & { batch_id: string })[] }>(
      `SELECT b.id AS batch_id, s.id, s.name, s.province,
              COALESCE(sum(m.quantity) FILTER (WHERE m.kind = 'receipt'), 0)::int AS received,
              COALESCE(-sum(m.quantity) FILTER (WHERE m.kind = 'sale'), 0)::int AS sold
       FROM production_batch b
       JOIN stock_movement m ON m.variant_id = b.variant_id AND m.batch_code = b.lot_number AND m.deleted_at IS NULL
       JOIN showroom s ON s.id = m.showroom_id
       WHERE b.id = ANY(?)
       GROUP BY b.id, s.id, s.name, s.province
       ORDER BY s.name`,
      [ids]
    ),
  ])
  const variantOf = new Map(variants.map((variant) => [variant.id, variant]))
  return batches.map((batch) => {
    const variant = variantOf.get(batch.variant_id)
    return {
      batch: {
        id: batch.id,
        lot_number: batch.lot_number,
        produced_on: vietnamDay(batch.produced_on),
        expires_on: batch.expires_on ? vietnamDay(batch.expires_on) : null,
        quantity: batch.quantity,
      },
      product: {
        id: variant?.product?.id ?? null,
        title: variant?.product?.title ?? "",
        variant_title: variant?.title ?? "",
        sku: variant?.sku ?? null,
      },
      producer: { id: variant?.product?.producer?.id ?? null, name: variant?.product?.producer?.name ?? null },
      orders: orders.rows
        .filter((row) => row.batch_id === batch.id)
        .map(({ batch_id, created_at, ...row }) => ({ ...row, created_at: created_at.toISOString() })),
      showrooms: showrooms.rows.filter((row) => row.batch_id === batch.id).map(({ batch_id, ...row }) => row),
    }
  })
}
