import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type OrderPart = { producer_id: string; line_item_ids: string[]; shipping_method_ids: string[] }

/**
 * Groups an order's lines by the producer of their product, and its delivery charges by the
 * producer whose shipping option they use. Lines of products without a producer stay unassigned.
 */
export function splitByProducer(
  items: { id: string; product_id: string | null }[],
  methods: { id: string; shipping_option_id: string | null }[],
  producerOfProduct: Map<string, string>,
  producerOfOption: Map<string, string>
): OrderPart[] {
  const parts = new Map<string, OrderPart>()
  const part = (producerId: string) => {
    if (!parts.has(producerId)) parts.set(producerId, { producer_id: producerId, line_item_ids: [], shipping_method_ids: [] })
    return parts.get(producerId)!
  }
  for (const item of items) {
    const producerId = item.product_id ? producerOfProduct.get(item.product_id) : undefined
    if (producerId) part(producerId).line_item_ids.push(item.id)
  }
  for (const method of methods) {
    const producerId = method.shipping_option_id ? producerOfOption.get(method.shipping_option_id) : undefined
    if (producerId && parts.has(producerId)) part(producerId).shipping_method_ids.push(method.id)
  }
  return [...parts.values()]
}

/**
 * Writes an order's producer parts and returns their ids; none when the order already has them, so
 * running it again (a retried workflow, the order.placed safety net) never splits twice.
 */
export async function writeProducerParts(container: MedusaContainer, orderId: string): Promise<string[]> {
  const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  if ((await producers.listProducerOrders({ order_id: orderId }, { select: ["id"] })).length) return []
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.product_id", "shipping_methods.id", "shipping_methods.shipping_option_id"],
    filters: { id: orderId },
  })
  const items = (order?.items ?? []).filter((item) => item !== null)
  const productIds = [...new Set(items.map((item) => item.product_id).filter((id): id is string => !!id))]
  const { data: links } = await query.graph({
    entity: "producer_product", // the link of links/producer-product.ts, named so Query types its rows
    fields: ["product_id", "producer_id"],
    filters: { product_id: productIds },
  })
  const producerOfProduct = new Map(links.map((link) => [link.product_id, link.producer_id]))
  const { data: owners } = await query.graph({
    entity: "producer",
    fields: ["id", "shipping_profile.shipping_options.id"],
    filters: { id: [...new Set(producerOfProduct.values())] },
  })
  const producerOfOption = new Map<string, string>(
    owners.flatMap((producer) =>
      (producer.shipping_profile?.shipping_options ?? []).map((option) => [option.id, producer.id] as const)
    )
  )
  const methods = (order?.shipping_methods ?? []).filter((method) => method !== null)
  const parts = splitByProducer(items, methods, producerOfProduct, producerOfOption)
  const created = await producers.createProducerOrders(parts.map((part) => ({ order_id: orderId, ...part })))
  return created.map((c) => c.id)
}

/** Compensation of writeProducerParts: the parts it wrote go again. */
export async function removeProducerParts(container: MedusaContainer, ids: string[] | undefined) {
  if (ids?.length) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerOrders(ids)
}

const splitOrderStep = createStep(
  "split-order-by-producer",
  async (input: { order_id: string }, { container }) => {
    const ids = await writeProducerParts(container, input.order_id)
    return new StepResponse(ids, ids)
  },
  (ids, { container }) => removeProducerParts(container, ids)
)

/**
 * One customer order, one part per producer: each producer confirms, ships and cancels its own
 * part, and the customer's order page shows each parcel's state. A shopper's checkout splits inside
 * Medusa's complete-cart workflow (hooks/order-split.ts); this runs for orders placed any other way.
 */
export const splitOrderWorkflow = createWorkflow("split-order-by-producer", (input: { order_id: string }) => {
  return new WorkflowResponse(splitOrderStep(input))
})
