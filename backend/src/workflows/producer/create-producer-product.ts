import type { IProductModuleService, LinkDefinition } from "@medusajs/framework/types"
import { MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { slugify } from "../../utils/vietnamese"
import { inventoryItemOf, PACKAGING_OPTION, variantInput, type NewProduct } from "./product-edits"
import { assertSkusFreeStep } from "./steps/assert-skus-free"

/** A readable handle from the title, numbered when another product has it. */
const freeHandleStep = createStep("free-product-handle", async (input: { title: string }, { container }) => {
  const base = slugify(input.title) || "san-pham"
  const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const taken = new Set(
    (await products.listProducts({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true })).map(
      (p) => p.handle
    )
  )
  let handle = base
  for (let n = 2; taken.has(handle); n++) handle = `${base}-${n}`
  return new StepResponse(handle)
})

/** Where a producer's products ship from: createProducerWorkflow links both to every producer. */
function warehouseOf(producer: { shipping_profile?: { id: string } | null; stock_location?: { id: string } | null }) {
  if (!producer.shipping_profile || !producer.stock_location) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Nhà sản xuất chưa có kho hoặc hồ sơ vận chuyển.")
  }
  return { shipping_profile_id: producer.shipping_profile.id, location_id: producer.stock_location.id }
}

/**
 * A producer adds a product: created published but in no sales channel (only the listing sync puts
 * products on sale, once a certificate covers them), linked to the producer, shipped with its
 * profile, and stocked at its warehouse.
 */
export const createProducerProductWorkflow = createWorkflow(
  "create-producer-product",
  (input: { producer_id: string; product: NewProduct }) => {
    assertSkusFreeStep(transform({ input }, ({ input }) => ({ skus: input.product.variants.map((v) => v.sku) })))
    const handle = freeHandleStep(transform({ input }, ({ input }) => ({ title: input.product.title })))
    const { data: producers } = useQueryGraphStep({
      entity: "producer",
      fields: ["id", "shipping_profile.id", "stock_location.id"],
      filters: { id: input.producer_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "read-producer-warehouse" })
    const warehouse = transform({ producers }, ({ producers }) => warehouseOf(producers[0]))

    const created = createProductsWorkflow.runAsStep({
      input: transform({ input, handle, warehouse }, ({ input, handle, warehouse }) => ({
        products: [
          {
            title: input.product.title,
            handle,
            description: input.product.description ?? undefined,
            status: ProductStatus.PUBLISHED,
            thumbnail: input.product.images?.[0],
            images: (input.product.images ?? []).map((url) => ({ url })),
            shipping_profile_id: warehouse.shipping_profile_id,
            options: [{ title: PACKAGING_OPTION, values: input.product.variants.map((v) => v.title) }],
            variants: input.product.variants.map(variantInput),
          },
        ],
      })),
    })
    createRemoteLinkStep(
      transform({ input, created }, ({ input, created }): LinkDefinition[] => [
        { [PRODUCER_MODULE]: { producer_id: input.producer_id }, [Modules.PRODUCT]: { product_id: created[0].id } },
      ])
    )
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: transform({ created }, ({ created }) => ({ product_id: created[0].id })),
    }).config({ name: "read-new-inventory-items" })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, variants, warehouse }, ({ input, variants, warehouse }) => ({
        inventory_levels: variants.map((variant) => ({
          inventory_item_id: inventoryItemOf(variant),
          location_id: warehouse.location_id,
          stocked_quantity: input.product.variants.find((v) => v.sku === variant.sku)!.stock,
        })),
      })),
    })
    return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created[0].id })))
  }
)
