import { createHash } from "node:crypto"
import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CERTIFICATE_MILESTONES,
  certificateMilestone,
  CHECK_GROUNDS,
  INSPECTION_CHECK_LABELS,
  INSPECTION_KIND_LABELS,
  type InspectionCheck,
  type InspectionKind,
  type NoticeData,
  VIOLATION_GROUND_LABELS,
  vietnamDay,
} from "@ocop/contracts"
import type { NoticeToQueue } from "../modules/notice/types"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { storefrontUrl } from "../utils/storefront-url"
import { displayId } from "./order-lines"
import { orderConfirmation, orderConfirmationKey } from "./order-confirmation"
import { pickupPoints } from "./pickups"
import { orderParts } from "./producer-orders"

/** What happened, as the workflow or subscriber that owes the e-mails knows it. */
export type NoticeEvent =
  | { event: "order-placed"; order_id: string }
  | { event: "payment-received"; order_id: string; payment_id: string; amount: number }
  | { event: "part-shipped"; order_id: string; part_id: string }
  /** The whole order; `reason` as the shopper or the office gave it. */
  | { event: "order-canceled"; order_id: string; reason: string | null }
  /** One producer's part, cancelled or refused by its producer (the reason is the part's). */
  | { event: "part-canceled"; order_id: string; part_id: string }

/** One cancellation notice per order, whichever way it was cancelled (the unpaid-transfer sweep uses it too). */
export const orderCanceledKey = (orderId: string) => `order-canceled:${orderId}`

/** The e-mails an event owes, read from the database as it is now; empty when nobody has an address. */
export async function noticesFor(container: MedusaContainer, input: NoticeEvent): Promise<NoticeToQueue[]> {
  switch (input.event) {
    case "order-placed":
      return orderPlacedNotices(container, input.order_id)
    case "payment-received": {
      const shopper = await shopperOf(container, input.order_id)
      return shopper
        ? [
            {
              template: "payment-received",
              to: shopper.email,
              data: { display_id: shopper.display_id, amount: input.amount },
              idempotency_key: `payment-received:${input.payment_id}`,
              resource_type: "order",
              resource_id: input.order_id,
            },
          ]
        : []
    }
    case "part-shipped": {
      const [shopper, [shipped]] = await Promise.all([
        shopperOf(container, input.order_id),
        orderParts(container, input.order_id, [input.part_id]),
      ])
      if (!shopper || !shipped?.part.tracking_number) return []
      return [
        {
          template: "order-shipped",
          to: shopper.email,
          data: {
            display_id: shopper.display_id,
            producer_name: shipped.producer.name,
            carrier: shipped.part.carrier ?? "Đơn vị vận chuyển",
            tracking_number: shipped.part.tracking_number,
            order_url: `${storefrontUrl()}/order/${input.order_id}/confirmed`,
          },
          idempotency_key: `order-shipped:${input.part_id}`,
          resource_type: "order",
          resource_id: input.order_id,
        },
      ]
    }
    case "order-canceled": {
      const shopper = await shopperOf(container, input.order_id)
      return shopper
        ? [
            {
              template: "order-canceled",
              to: shopper.email,
              data: { display_id: shopper.display_id, producer_name: null, reason: input.reason },
              idempotency_key: orderCanceledKey(input.order_id),
              resource_type: "order",
              resource_id: input.order_id,
            },
          ]
        : []
    }
    case "part-canceled": {
      const [shopper, [canceled]] = await Promise.all([
        shopperOf(container, input.order_id),
        orderParts(container, input.order_id, [input.part_id]),
      ])
      if (!shopper || !canceled) return []
      return [
        {
          template: "order-canceled",
          to: shopper.email,
          data: { display_id: shopper.display_id, producer_name: canceled.producer.name, reason: canceled.part.cancel_reason },
          idempotency_key: `part-canceled:${input.part_id}`,
          resource_type: "order",
          resource_id: input.order_id,
        },
      ]
    }
  }
}

async function shopperOf(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["email", "display_id"],
    filters: { id: orderId },
  })
  const order = data[0]
  return order?.email ? { email: order.email, display_id: displayId(order) } : null
}

/**
 * The shopper's confirmation, each producer's part to its producer and, for a part collected at a
 * showroom, the shopper's pickup notice: pickups are offered only from goods already on the showroom's
 * shelf, so a pickup part is ready as soon as it is ordered.
 */
async function orderPlacedNotices(container: MedusaContainer, orderId: string): Promise<NoticeToQueue[]> {
  const [confirmation, parts] = await Promise.all([orderConfirmation(container, orderId), orderParts(container, orderId)])
  const showroom = parts.some(({ part }) => part.pickup_at) ? await pickupShowroom(container, orderId) : null
  const notices: NoticeToQueue[] = []
  if (confirmation)
    notices.push({
      template: "order-placed",
      to: confirmation.to,
      data: confirmation.data,
      idempotency_key: orderConfirmationKey(orderId),
      resource_type: "order",
      resource_id: orderId,
    })
  for (const { part, producer } of parts) {
    const display_id = part.display_id ?? 0
    const items = part.items.map((item) => ({
      title: item.variant_title ? `${item.title} (${item.variant_title})` : item.title,
      quantity: item.quantity,
    }))
    const pickup = part.pickup_at && showroom
    notices.push({
      template: "producer-order-placed",
      to: producer.email,
      data: {
        display_id,
        producer_name: producer.name,
        items,
        deliver_to: {
          name: part.customer.name ?? part.customer.email ?? "—",
          phone: part.customer.phone,
          address: pickup ? `Khách nhận tại ${showroom.name}, ${showroom.address}` : (part.customer.address ?? "—"),
        },
      },
      idempotency_key: `producer-order-placed:${part.id}`,
      resource_type: "order",
      resource_id: orderId,
    })
    if (pickup && confirmation)
      notices.push({
        template: "pickup-ready",
        to: confirmation.to,
        data: { display_id, producer_name: producer.name, showroom },
        idempotency_key: `pickup-ready:${part.id}`,
        resource_type: "order",
        resource_id: orderId,
      })
  }
  return notices
}

/** The showroom a pickup order is collected at: the one whose channel the pickup cart moved into. */
async function pickupShowroom(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["sales_channel_id"],
    filters: { id: orderId },
  })
  const point = (await pickupPoints(container)).find((candidate) => candidate.sales_channel_id === data[0]?.sales_channel_id)
  return point ? { name: point.name, address: `${point.address}, ${point.province}`, hours: point.opening_hours } : null
}

/**
 * Reminders due to producers whose certificates expire within 180 days (issue 17): one per certificate
 * and milestone (180, 120, 30 days), none once a renewal is filed. Keys make a daily job send each once.
 */
export async function expiringCertificateNotices(container: MedusaContainer, now: Date): Promise<NoticeToQueue[]> {
  const horizon = new Date(now.getTime() + Math.max(...CERTIFICATE_MILESTONES) * 86_400_000)
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ["id", "decision_number", "product_name", "expires_at", "product.producer.name", "product.producer.email"],
    filters: { status: "valid", renewal_filed_at: null, expires_at: { $gt: now, $lte: horizon } },
  })
  return data.flatMap((certificate): NoticeToQueue[] => {
    const producer = certificate.product?.producer
    const due = certificateMilestone(new Date(certificate.expires_at), now)
    if (!producer?.email || !due) return []
    return [
      {
        template: "certificate-expiring",
        to: producer.email,
        data: {
          producer_name: producer.name,
          certificate_number: certificate.decision_number,
          product_name: certificate.product_name,
          expires_on: vietnamDay(new Date(certificate.expires_at)),
          days_left: due.days_left,
        },
        idempotency_key: `certificate-expiring:${certificate.id}:${due.milestone}`,
        resource_type: "certificate",
        resource_id: certificate.id,
      },
    ]
  })
}

/** At or below this many units left to sell at its warehouse, a packaging is low on stock. */
export const LOW_STOCK_AT = 5

/**
 * Each approved producer's packagings low on stock at its own warehouse (stocked − reserved ≤ 5), as one
 * e-mail listing them. Keyed by the set of packagings low: the same shortage is told once, and a packaging
 * newly low sends a new list.
 */
export async function lowStockNotices(container: MedusaContainer): Promise<NoticeToQueue[]> {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: [
      "id",
      "name",
      "email",
      "stock_location.id",
      "products.title",
      "products.status",
      "products.variants.id",
      "products.variants.title",
      "products.variants.sku",
      "products.variants.manage_inventory",
      "products.variants.inventory_items.inventory.location_levels.location_id",
      "products.variants.inventory_items.inventory.location_levels.stocked_quantity",
      "products.variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { status: "approved" },
  })
  return data.flatMap((producer): NoticeToQueue[] => {
    const locationId = producer.stock_location?.id
    if (!locationId || !producer.email) return []
    const low = (producer.products ?? [])
      .filter((product) => product?.status === "published")
      .flatMap((product) =>
        (product?.variants ?? []).flatMap((variant) => {
          if (!product || !variant?.manage_inventory) return []
          const levels = (variant.inventory_items ?? [])
            .flatMap((item) => item?.inventory?.location_levels ?? [])
            .filter((level) => level?.location_id === locationId)
          if (!levels.length) return []
          const available = levels.reduce(
            (sum, level) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
            0
          )
          return available <= LOW_STOCK_AT
            ? [{ id: variant.id, title: `${product.title} — ${variant.title}`, sku: variant.sku ?? null, available }]
            : []
        })
      )
    if (!low.length) return []
    const shortage = createHash("sha256")
      .update(
        low
          .map((item) => item.id)
          .sort()
          .join(",")
      )
      .digest("hex")
      .slice(0, 16)
    return [
      {
        template: "low-stock",
        to: producer.email,
        data: { producer_name: producer.name, items: low.map(({ title, sku, available }) => ({ title, sku, available })) },
        idempotency_key: `low-stock:${producer.id}:${shortage}`,
        resource_type: "producer",
        resource_id: producer.id,
      },
    ]
  })
}

/** An inspection as just recorded, for its producer's e-mail. */
export type RecordedInspection = {
  id: string
  producer_id: string
  inspected_on: Date | string
  kind: InspectionKind
  failed: InspectionCheck[]
  correct_by: Date | string | null
  /** Open violations a fully passing inspection closed. */
  resolved: number
}

/** The inspected producer's e-mail: what failed, on which ground, by when to correct it (issue 19). */
export async function inspectionNotices(container: MedusaContainer, inspection: RecordedInspection): Promise<NoticeToQueue[]> {
  const [producer] = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ id: inspection.producer_id }, { select: ["name", "email"] })
  if (!producer?.email) return []
  return [
    {
      template: "inspection-recorded",
      to: producer.email,
      data: {
        producer_name: producer.name,
        inspected_on: vietnamDay(new Date(inspection.inspected_on)),
        kind: INSPECTION_KIND_LABELS[inspection.kind],
        failed: inspection.failed.map((check) => ({
          check: INSPECTION_CHECK_LABELS[check],
          ground: VIOLATION_GROUND_LABELS[CHECK_GROUNDS[check]],
        })),
        correct_by: inspection.correct_by ? vietnamDay(new Date(inspection.correct_by)) : null,
        resolved: inspection.resolved,
        portal_url: `${storefrontUrl()}/producer/inspections`,
      },
      idempotency_key: `inspection-recorded:${inspection.id}`,
      resource_type: "inspection",
      resource_id: inspection.id,
    },
  ]
}

type CertificateChange = NoticeData["certificate-status-changed"]["change"]

/**
 * The certificate's producer's e-mail after the office suspended, revoked or reinstated it, read as the
 * change left it (its `updated_at` keys the notice: one per change).
 */
export async function certificateStatusNotices(
  container: MedusaContainer,
  input: { id: string; change: CertificateChange; reason: string | null }
): Promise<NoticeToQueue[]> {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ["id", "decision_number", "product_name", "updated_at", "product.producer.name", "product.producer.email"],
    filters: { id: input.id },
  })
  const [certificate] = data
  const producer = certificate?.product?.producer
  if (!producer?.email) return []
  return [
    {
      template: "certificate-status-changed",
      to: producer.email,
      data: {
        producer_name: producer.name,
        certificate_number: certificate.decision_number,
        product_name: certificate.product_name,
        change: input.change,
        reason: input.reason,
        portal_url: `${storefrontUrl()}/producer/certificates`,
      },
      idempotency_key: `certificate-${input.change}:${certificate.id}:${new Date(certificate.updated_at).getTime()}`,
      resource_type: "certificate",
      resource_id: certificate.id,
    },
  ]
}
