import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { orderCanceledKey } from "./notices"

/**
 * What a killed process can leave half-done, found in the database (every module shares it, so one
 * statement can look across modules where `query.graph` would fetch whole tables). Each read skips
 * anything younger than `graceSeconds`: work that recent may still be running in a live process.
 */
const sql = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** A checkout whose complete-cart run stopped between two steps and never finished or rolled back. */
export type InterruptedCheckout = {
  transaction_id: string
  run_id: string
  cart_id: string
  started_at: Date
  last_step_at: Date
}

export async function interruptedCheckouts(container: MedusaContainer, graceSeconds: number): Promise<InterruptedCheckout[]> {
  // Medusa stores every complete-cart run (store: true) from its first step, with the cart id it was
  // given: the durable record of a checkout in flight. A run left "invoking" has lost its process.
  const { rows } = await sql(container).raw(
    `select transaction_id, run_id, context->'data'->'payload'->>'id' as cart_id, created_at as started_at, updated_at as last_step_at
       from workflow_execution
      where workflow_id = 'complete-cart' and deleted_at is null
        and state not in ('done', 'failed', 'reverted')
        and updated_at < localtimestamp - make_interval(secs => ?)
      order by created_at`,
    [graceSeconds]
  )
  return rows.filter((row: InterruptedCheckout) => row.cart_id)
}

/**
 * Orders the interrupted run of `checkout` may have written before it died: no cart link yet, the
 * cart's e-mail and exactly its lines (packaging and quantity), created while the run was alive.
 */
export async function ordersOfInterruptedCheckout(container: MedusaContainer, checkout: InterruptedCheckout): Promise<string[]> {
  const { rows } = await sql(container).raw(
    `with cart_lines as (
       select string_agg(variant_id || '×' || quantity::text, ',' order by variant_id, quantity) as lines
         from cart_line_item where cart_id = ? and deleted_at is null
     )
     select o.id from "order" o, cart c, cart_lines
      where c.id = ? and o.email = c.email and o.deleted_at is null and not o.is_draft_order
        and o.created_at between ?::timestamp - interval '1 second' and ?::timestamp + interval '1 minute'
        and not exists (select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null)
        and (select string_agg(li.variant_id || '×' || oi.quantity::text, ',' order by li.variant_id, oi.quantity)
               from order_item oi join order_line_item li on li.id = oi.item_id
              where oi.order_id = o.id and oi.deleted_at is null and oi.version = o.version) = cart_lines.lines`,
    [checkout.cart_id, checkout.cart_id, checkout.started_at, checkout.last_step_at]
  )
  return rows.map((row: { id: string }) => row.id)
}

/**
 * Placed orders (not drafts, not cancelled) that have no producer part: no producer would ever see them.
 * A showroom's counter sale is left out: it was paid and handed over at the counter (record-sale.ts).
 */
export async function ordersWithoutProducerParts(container: MedusaContainer, graceSeconds: number): Promise<string[]> {
  const { rows } = await sql(container).raw(
    `select o.id from "order" o
      where o.deleted_at is null and not o.is_draft_order and o.status not in ('draft', 'canceled')
        and o.metadata->>'showroom_id' is null
        and o.created_at < now() - make_interval(secs => ?)
        and not exists (select 1 from producer_order p where p.order_id = o.id and p.deleted_at is null)
      order by o.created_at`,
    [graceSeconds]
  )
  return rows.map((row: { id: string }) => row.id)
}

/**
 * Stock held for an order line that belongs to no live, uncancelled order: a checkout rolled back
 * half-way, or a cancellation cut short. Reservations made by hand (no line) are never touched.
 */
export async function strayReservations(container: MedusaContainer, graceSeconds: number): Promise<string[]> {
  const { rows } = await sql(container).raw(
    `select r.id from reservation_item r
      where r.deleted_at is null and r.line_item_id is not null
        and r.created_at < now() - make_interval(secs => ?)
        and not exists (
          select 1 from order_item oi join "order" o on o.id = oi.order_id
           where oi.item_id = r.line_item_id and oi.deleted_at is null and o.deleted_at is null and o.status <> 'canceled'
        )`,
    [graceSeconds]
  )
  return rows.map((row: { id: string }) => row.id)
}

/**
 * Listed products the listing rule may no longer allow: the card's validity has passed, no valid
 * certificate covers any of the product's packagings any more, or its producer is not approved. A certificate or producer
 * change whose listing sync was cut off leaves them (the purchase guard still refuses their sale).
 * Candidates only, found in SQL because the sweep looks at every card each minute: the listing sync it
 * runs on them decides with the one rule (queries/sellable-packaging.ts), renewal grace included.
 */
export async function productsListedAgainstTheRule(container: MedusaContainer, graceSeconds: number): Promise<string[]> {
  const { rows } = await sql(container).raw(
    `select c.id from product_card c
      where c.deleted_at is null and c.updated_at < now() - make_interval(secs => ?)
        and (c.valid_until < now()
          or not exists (
            select 1 from product_variant v
              join product_product_variant_ocop_certified_sku vs on vs.product_variant_id = v.id and vs.deleted_at is null
              join certified_sku sku on sku.id = vs.certified_sku_id and sku.deleted_at is null
              join certificate cert on cert.id = sku.certificate_id and cert.deleted_at is null and cert.status = 'valid'
             where v.product_id = c.id and v.deleted_at is null)
          or not exists (
            select 1 from producer_producer_product_product pp join producer p on p.id = pp.producer_id
             where pp.product_id = c.id and pp.deleted_at is null and p.deleted_at is null and p.status = 'approved'))`,
    [graceSeconds]
  )
  return rows.map((row: { id: string }) => row.id)
}

/**
 * Listed products whose card was computed before their product, a packaging, a price or a stock level
 * last changed: the refresh that should have followed died with its process. A card is "computed"
 * when it was last rewritten or last confirmed unchanged by this sweep (checked_at).
 */
export async function productsWithStaleCards(container: MedusaContainer, graceSeconds: number): Promise<string[]> {
  const { rows } = await sql(container).raw(
    `with changes as (
       select p.id as product_id, greatest(p.updated_at, p.deleted_at) as at from product p
       union all
       select v.product_id, greatest(v.updated_at, v.deleted_at) from product_variant v
       union all
       select v.product_id, greatest(pr.updated_at, pr.deleted_at)
         from product_variant v
         join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
         join price pr on pr.price_set_id = vps.price_set_id
       union all
       select v.product_id, greatest(il.updated_at, il.deleted_at)
         from product_variant v
         join product_variant_inventory_item vii on vii.variant_id = v.id and vii.deleted_at is null
         join inventory_level il on il.inventory_item_id = vii.inventory_item_id
     )
     select distinct c.id from product_card c join changes ch on ch.product_id = c.id
      where c.deleted_at is null
        and ch.at > greatest(c.updated_at, coalesce(c.checked_at, c.updated_at))
        and ch.at < now() - make_interval(secs => ?)`,
    [graceSeconds]
  )
  return rows.map((row: { id: string }) => row.id)
}

/** How far back the sweep looks for cancelled orders: a notice days late would confuse more than help. */
const CANCEL_NOTICE_WINDOW_HOURS = 48

/**
 * Orders cancelled without the shopper's notice queued: Medusa Admin's own "cancel" tells only through
 * the in-memory `order.canceled` event, which dies with a killed process. Every other cancellation
 * queues the notice in its workflow, under the same key (queries/notices.ts, orderCanceledKey).
 */
export async function canceledOrdersUntold(container: MedusaContainer, graceSeconds: number): Promise<string[]> {
  const { rows } = await sql(container).raw(
    `select o.id from "order" o
      where o.status = 'canceled' and o.deleted_at is null and o.email is not null
        and o.canceled_at < now() - make_interval(secs => ?)
        and o.canceled_at > now() - make_interval(hours => ?)
        and not exists (select 1 from notice n where n.idempotency_key = ? || o.id)`,
    [graceSeconds, CANCEL_NOTICE_WINDOW_HOURS, orderCanceledKey("")]
  )
  return rows.map((row: { id: string }) => row.id)
}
