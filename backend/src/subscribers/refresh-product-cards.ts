import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { IInventoryService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { refreshProductCardsWorkflow } from "../workflows/catalog/refresh-product-cards"

type Ids = { id: string | string[] }
type Kind = "product" | "variant" | "level" | "order"

/**
 * Cards show title, price and stock, which change outside the listing sync. Events come in
 * bursts (a bulk import emits one per variant and per stock level), so they are coalesced for a
 * moment and their products refreshed in one workflow run instead of hundreds at once. Producers'
 * own edits refresh their cards in their workflow (workflows/producer/product-edits.ts), so the
 * shop shows them as soon as the save returns; this catches every other path (Admin, imports, orders).
 *
 * The queue below is this process's memory, and that is enough: with Redis, subscribers run only where
 * Medusa's event bus has a BullMQ worker, the `worker` process of a cluster (or a `shared` one), never on
 * a `server` (event-bus-redis creates that worker only when worker_mode is not "server"; the local event
 * bus, without Redis, runs them in whichever process emitted, which is one process anyway). Each event
 * goes to one worker, so several workers each coalesce their own share, and a product refreshed twice is
 * not wrong. Events queued here die with the process; the crash sweep repairs the cards left stale.
 */
const COALESCE_MS = 200
const queued: Record<Kind, Set<string>> = { product: new Set(), variant: new Set(), level: new Set(), order: new Set() }
let flushTimer: NodeJS.Timeout | undefined

const kindOf = (event: string): Kind =>
  event.startsWith("product-variant.")
    ? "variant"
    : event.startsWith("inventory-level.")
      ? "level"
      : event.startsWith("order.")
        ? "order"
        : "product"

export default async function refreshProductCards({ event, container }: SubscriberArgs<Ids>) {
  for (const id of [event.data.id].flat()) queued[kindOf(event.name)].add(id)
  if (flushTimer) return
  flushTimer = setTimeout(() => {
    flushTimer = undefined
    void flush(container)
  }, COALESCE_MS)
}

async function flush(container: MedusaContainer) {
  const batch = Object.fromEntries(Object.entries(queued).map(([kind, ids]) => [kind, [...ids]])) as Record<Kind, string[]>
  for (const ids of Object.values(queued)) ids.clear()
  try {
    const productIds = await productsTouched(batch, container)
    if (productIds.length) await refreshProductCardsWorkflow(container).run({ input: { product_ids: productIds } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Catalog cards not refreshed: ${(error as Error).message}`)
  }
}

/** The products the queued events touch, one query per kind of event. */
async function productsTouched(batch: Record<Kind, string[]>, container: MedusaContainer) {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const ids: (string | null | undefined)[] = [...batch.product]
  if (batch.variant.length) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: batch.variant } })
    ids.push(...data.map((variant) => variant.product_id))
  }
  if (batch.level.length) {
    const levels = await container
      .resolve<IInventoryService>(Modules.INVENTORY)
      .listInventoryLevels({ id: batch.level }, { select: ["inventory_item_id"] })
    const { data } = await query.graph({
      entity: "inventory_item",
      fields: ["variants.product_id"],
      filters: { id: levels.map((level) => level.inventory_item_id) },
    })
    ids.push(...data.flatMap((item) => (item.variants ?? []).map((variant) => variant?.product_id)))
  }
  if (batch.order.length) {
    // Reservations change what is in stock.
    const { data } = await query.graph({ entity: "order", fields: ["items.product_id"], filters: { id: batch.order } })
    ids.push(...data.flatMap((order) => (order.items ?? []).map((item) => item?.product_id)))
  }
  return [...new Set(ids.filter((id): id is string => !!id))]
}

export const config: SubscriberConfig = {
  event: [
    "product.updated",
    "product-variant.created",
    "product-variant.updated",
    "inventory-level.created",
    "inventory-level.updated",
    "order.placed",
    "order.canceled",
  ],
}
