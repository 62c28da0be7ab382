import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deleteReservationsWorkflow } from "@medusajs/medusa/core-flows"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import { FEED_MODULE } from "../../modules/feed"
import type FeedModuleService from "../../modules/feed/service"
import {
  canceledOrdersUntold,
  interruptedCheckouts,
  ordersOfInterruptedCheckout,
  ordersWithoutProducerParts,
  productsListedAgainstTheRule,
  productsWithStaleCards,
  strayReservations,
  type InterruptedCheckout,
} from "../../queries/crash-leftovers"
import { homeDeliveryOffTable } from "../../queries/delivery-fees"
import { isFinished } from "../../queries/unfinished-checkout"
import { withCheckoutLock } from "../../utils/checkout-lock"
import { refreshProductCardsWorkflow } from "../catalog/refresh-product-cards"
import { pushSearchDocuments } from "../catalog/search-documents"
import { syncListingWorkflow } from "../certification/sync-listing"
import { repriceHomeDeliveryWorkflow } from "../delivery/reprice-home-delivery"
import { queueEventNoticesWorkflow } from "../notice/queue-event-notices"
import { splitOrderWorkflow } from "../producer/split-order"
import { finishPlacedCheckoutWorkflow } from "./finish-placed-checkout"
import { rollBackUnplacedOrdersWorkflow } from "./roll-back-unplaced-orders"

/** What one sweep repaired, per kind of leftover. */
export type CrashRepairs = {
  checkouts_finished: number
  orders_rolled_back: number
  orders_split: number
  reservations_released: number
  listings_resynced: number
  cards_refreshed: number
  search_documents_pushed: number
  feed_runs_failed: number
  delivery_options_repriced: number
  cancel_notices_queued: number
}

/** A sweep's count before it starts, and of a sweep that found nothing to repair. */
export const nothingRepaired = (): CrashRepairs => ({
  checkouts_finished: 0,
  orders_rolled_back: 0,
  orders_split: 0,
  reservations_released: 0,
  listings_resynced: 0,
  cards_refreshed: 0,
  search_documents_pushed: 0,
  feed_runs_failed: 0,
  delivery_options_repriced: 0,
  cancel_notices_queued: 0,
})

/**
 * How old a leftover must be before it is repaired: anything younger may belong to work still running
 * in a live process. Two minutes is how long Medusa lets one cart's completion hold its lock.
 */
export const crashRepairGraceSeconds = () => Number(process.env.CRASH_REPAIR_GRACE_SECONDS ?? 120)

const CARD_REFRESH_SLICE = 500

/**
 * Whether the jobs sweep on their own. Not under Jest (NODE_ENV=test): integration tests restore the
 * database before each test and assert exactly what a request wrote and whom it told, so a sweep at
 * a random moment would race them. There the sweep is run by the test that checks it
 * (crash-repair.spec.ts), and `pnpm test:crash` checks the jobs against a real server.
 */
export const sweepsOnSchedule = () => process.env.NODE_ENV !== "test"

/**
 * Repairs what a killed process left half-done. Each kind is found in the database (queries/
 * crash-leftovers.ts) and repaired by a workflow that reads before it writes, so a sweep that runs
 * twice, or beside a live checkout, repairs nothing twice. One failed repair is logged and the sweep
 * goes on; the next sweep tries it again.
 */
export async function repairAfterCrash(
  container: MedusaContainer,
  graceSeconds = crashRepairGraceSeconds()
): Promise<CrashRepairs> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const repairs = nothingRepaired()
  const attempt = async (what: string, repair: () => Promise<void>) => {
    try {
      await repair()
    } catch (error) {
      logger.error(`Crash repair: ${what} failed, retried at the next sweep: ${(error as Error).message}`)
    }
  }

  // Checkouts first: an order they roll back must not be given producer parts below.
  for (const checkout of await interruptedCheckouts(container, graceSeconds)) {
    await attempt(`checkout of cart ${checkout.cart_id}`, async () => {
      const outcome = await withCheckoutLock(container, checkout.cart_id, () => repairCheckout(container, checkout))
      repairs.checkouts_finished += outcome.finished
      repairs.orders_rolled_back += outcome.rolled_back
    })
  }
  for (const orderId of await ordersWithoutProducerParts(container, graceSeconds)) {
    await attempt(`producer parts of order ${orderId}`, async () => {
      const { result } = await splitOrderWorkflow(container).run({ input: { order_id: orderId } })
      if (result.length) repairs.orders_split++
    })
  }
  const stray = await strayReservations(container, graceSeconds)
  if (stray.length) {
    await attempt(`${stray.length} reservations without an order`, async () => {
      await deleteReservationsWorkflow(container).run({ input: { ids: stray } })
      repairs.reservations_released = stray.length
    })
  }
  const unlisted = await productsListedAgainstTheRule(container, graceSeconds)
  if (unlisted.length) {
    await attempt(`listing of ${unlisted.length} products`, async () => {
      await syncListingWorkflow(container).run({ input: { product_ids: unlisted } })
      repairs.listings_resynced = unlisted.length
    })
  }
  // Stamped before reading: a change made while the cards are rewritten is caught by the next sweep.
  const checkedAt = new Date()
  const stale = await productsWithStaleCards(container, graceSeconds)
  for (let start = 0; start < stale.length; start += CARD_REFRESH_SLICE) {
    const slice = stale.slice(start, start + CARD_REFRESH_SLICE)
    await attempt(`${slice.length} product cards`, async () => {
      const { result } = await refreshProductCardsWorkflow(container).run({ input: { product_ids: slice } })
      await container.resolve<CatalogModuleService>(CATALOG_MODULE).markCardsChecked(slice, checkedAt)
      repairs.cards_refreshed += result.changed
    })
  }
  // Card changes the search engine never got (a process killed between the commit and the push, or
  // Meilisearch unreachable then): queued in search_pending by the card's own transaction.
  await attempt("search documents", async () => {
    repairs.search_documents_pushed = await pushSearchDocuments(container)
  })
  const offTable = await homeDeliveryOffTable(container, graceSeconds)
  if (offTable.length) {
    await attempt(`delivery prices of ${offTable.length} options`, async () => {
      await repriceHomeDeliveryWorkflow(container).run({ input: { option_ids: offTable } })
      repairs.delivery_options_repriced = offTable.length
    })
  }
  for (const orderId of await canceledOrdersUntold(container, graceSeconds)) {
    await attempt(`cancellation notice of order ${orderId}`, async () => {
      await queueEventNoticesWorkflow(container).run({ input: { event: "order-canceled", order_id: orderId, reason: null } })
      repairs.cancel_notices_queued++
    })
  }
  await attempt("feed runs", async () => {
    repairs.feed_runs_failed = await container.resolve<FeedModuleService>(FEED_MODULE).failCutOffRuns()
  })

  const repaired = Object.entries(repairs).filter(([, count]) => count > 0)
  if (repaired.length)
    logger.info(`Crash repair: ${repaired.map(([kind, count]) => `${kind.replace(/_/g, " ")} ${count}`).join(", ")}.`)
  return repairs
}

/**
 * A complete-cart run that died (called under the cart's checkout lock, so no retry of it is running).
 * Its order, if complete-cart got as far as linking it to the cart, is
 * the shopper's order: it is finished. Orders it wrote but never linked were never shown to anyone:
 * they are rolled back (a retried completion may already have made the cart's real order).
 */
async function repairCheckout(container: MedusaContainer, checkout: InterruptedCheckout) {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { cart_id: checkout.cart_id },
  })
  const placedOrderId: string | undefined = links[0]?.order_id
  const unplaced = (await ordersOfInterruptedCheckout(container, checkout)).filter((id) => id !== placedOrderId)
  let finished = 0
  if (placedOrderId) {
    const { result } = await finishPlacedCheckoutWorkflow(container).run({
      input: { order_id: placedOrderId, cart_id: checkout.cart_id },
    })
    if (!isFinished(result)) finished = 1
  }
  if (unplaced.length) {
    await rollBackUnplacedOrdersWorkflow(container).run({
      input: { order_ids: unplaced, cart_id: checkout.cart_id, reopen_cart: !placedOrderId },
    })
  }
  await closeInterruptedRun(container, checkout, placedOrderId ? "done" : "reverted")
  return { finished, rolled_back: unplaced.length }
}

/**
 * The dead run's record says how it ended, so the next sweep does not look at it again and Medusa
 * deletes it after complete-cart's own retention (three days).
 */
async function closeInterruptedRun(container: MedusaContainer, checkout: InterruptedCheckout, state: "done" | "reverted") {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE) as unknown as {
    updateWorkflowExecutions(update: { selector: Record<string, string>; data: Record<string, unknown> }): Promise<unknown>
  }
  await engine.updateWorkflowExecutions({
    selector: { workflow_id: "complete-cart", transaction_id: checkout.transaction_id, run_id: checkout.run_id },
    data: { state, retention_time: 3 * 24 * 60 * 60 },
  })
}
