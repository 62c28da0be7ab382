import type { IProductModuleService, LinkDefinition } from "@medusajs/framework/types"
import { MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createProductVariantsWorkflow,
  createRemoteLinkStep,
  setProductProductOptionsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { slugify } from "../../utils/vietnamese"
import { refreshProductCardsWorkflow } from "../catalog/refresh-product-cards"

/** The one product option: the packaging (quy cách) a certificate names SKU by SKU. */
export const PACKAGING_OPTION = "Quy cách"

export type NewVariant = { title: string; sku: string; price: number; stock: number }
export type NewProduct = { title: string; description?: string | null; images?: string[]; variants: NewVariant[] }

/** SKUs are unique across the marketplace: a stamp or a feed names a packaging by its SKU. */
const assertSkusFreeStep = createStep("assert-skus-free", async (input: { skus: string[] }, { container }) => {
  const taken = await container.resolve<IProductModuleService>(Modules.PRODUCT).listProductVariants({ sku: input.skus }, { select: ["sku"] })
  if (taken.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `SKU ${taken.map((v) => v.sku).join(", ")} đã được dùng cho một sản phẩm khác; hãy chọn mã khác.`
    )
  }
  return new StepResponse(undefined)
})

/** A readable handle from the title, numbered when another product has it. */
const freeHandleStep = createStep("free-product-handle", async (input: { title: string }, { container }) => {
  const base = slugify(input.title) || "san-pham"
  const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const taken = new Set((await products.listProducts({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true })).map((p) => p.handle))
  let handle = base
  for (let n = 2; taken.has(handle); n++) handle = `${base}-${n}`
  return new StepResponse(handle)
})

const variantInput = (variant: NewVariant) => ({
  title: variant.title,
  sku: variant.sku,
  manage_inventory: true,
  options: { [PACKAGING_OPTION]: variant.title },
  prices: [{ currency_code: "vnd", amount: variant.price }],
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

/** One more packaging of an existing product, priced and stocked at the producer's warehouse. */
export const addProducerVariantWorkflow = createWorkflow(
  "add-producer-variant",
  (input: { product_id: string; location_id: string; variant: NewVariant }) => {
    assertSkusFreeStep(transform({ input }, ({ input }) => ({ skus: [input.variant.sku] })))
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["options.id", "options.title", "options.values.value"],
      filters: { id: input.product_id },
    }).config({ name: "read-packaging-option" })
    // The option must know the new packaging before a variant can take it.
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ input, products }, ({ input, products }) => {
        const option = (products[0] as any).options.find((o: any) => o.title === PACKAGING_OPTION)
        if (!option) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Sản phẩm không có lựa chọn "${PACKAGING_OPTION}".`)
        if (option.values.some((v: any) => v.value === input.variant.title)) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `Sản phẩm đã có quy cách "${input.variant.title}".`)
        }
        return { product_id: input.product_id, update: [{ product_option_id: option.id, add: [{ value: input.variant.title }] }] }
      }),
    })
    const created = createProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ product_variants: [{ product_id: input.product_id, ...variantInput(input.variant) }] })),
    })
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: transform({ created }, ({ created }) => ({ id: created[0].id })),
    }).config({ name: "read-variant-inventory-item" })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, variants }, ({ input, variants }) => ({
        inventory_levels: [
          {
            inventory_item_id: (variants[0] as any).inventory_items[0].inventory_item_id,
            location_id: input.location_id,
            stocked_quantity: input.variant.stock,
          },
        ],
      })),
    })
    refreshCardsOf(input)
    return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created[0].id })))
  }
)

/**
 * The product's catalog card (and page) rewritten in the producer's own workflow: when the save
 * returns, the shop already shows it. Waiting for the product's events would leave a moment in which
 * the producer opens the shop and sees the old price, and a crash in between would lose the card.
 */
function refreshCardsOf(input: { product_id: string }) {
  refreshProductCardsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })) })
}

export type ProductUpdate = { title?: string; description?: string | null; images?: string[] }

/** Title, description and pictures (the first is the thumbnail) of a producer's product. */
export const updateProducerProductWorkflow = createWorkflow("update-producer-product", (input: { product_id: string; update: ProductUpdate }) => {
  updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input: { product_id, update } }) => ({
      selector: { id: product_id },
      update: {
        ...(update.title !== undefined && { title: update.title }),
        ...(update.description !== undefined && { description: update.description ?? "" }),
        ...(update.images !== undefined && { images: update.images.map((url) => ({ url })), thumbnail: update.images[0] ?? null }),
      },
    })),
  })
  refreshCardsOf(input)
  return new WorkflowResponse(undefined)
})

/** Price and stock of one packaging: the VND price, and the count at the producer's own warehouse. */
export const updateProducerVariantWorkflow = createWorkflow(
  "update-producer-variant",
  (input: { product_id: string; variant_id: string; location_id: string; title?: string; price?: number; stock?: number }) => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.variant_id },
        update: {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.price !== undefined && { prices: [{ currency_code: "vnd", amount: input.price }] }),
        },
      })),
    })
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { id: input.variant_id },
    }).config({ name: "read-variant-inventory" })
    updateInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, variants }, ({ input, variants }) => ({
        updates:
          input.stock === undefined
            ? []
            : [
                {
                  inventory_item_id: (variants[0] as any).inventory_items[0].inventory_item_id,
                  location_id: input.location_id,
                  stocked_quantity: input.stock,
                },
              ],
      })),
    })
    refreshCardsOf(input)
    return new WorkflowResponse(undefined)
  }
)
