import type { IProductModuleService, LinkDefinition } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { slugify } from "../../utils/vietnamese"
import { PACKAGING_OPTION, variantInput, type NewProduct } from "./product-edits"
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

    const created = createProductsWorkflow.runAsStep({
      input: transform({ input, handle, producers }, ({ input, handle, producers }) => ({
        products: [
          {
            title: input.product.title,
            handle,
            description: input.product.description ?? undefined,
            status: ProductStatus.PUBLISHED,
            thumbnail: input.product.images?.[0],
            images: (input.product.images ?? []).map((url) => ({ url })),
            shipping_profile_id: (producers[0] as any).shipping_profile.id,
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
      input: transform({ input, variants, producers }, ({ input, variants, producers }) => ({
        inventory_levels: variants.map((variant: any) => ({
          inventory_item_id: variant.inventory_items[0].inventory_item_id,
          location_id: (producers[0] as any).stock_location.id,
          stocked_quantity: input.product.variants.find((v) => v.sku === variant.sku)!.stock,
        })),
      })),
    })
    return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created[0].id })))
  }
)
