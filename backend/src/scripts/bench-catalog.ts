/**
 * A large synthetic catalog for benchmarks: `medusa exec ./src/scripts/bench-catalog.ts [products]`.
 *
 * Clones the seeded demo products (run the demo seed first) into N products of 3 packagings each,
 * with VND prices, stock at the producer's warehouse and a certificate covering every packaging
 * — 1 in 20 revoked, 1 in 20 lapsed, so the listing rule has something to refuse. The products are
 * left UNLISTED: the benchmark times the full listing sync that lists them. Resumable: counts what
 * an earlier run generated and adds only the rest. Never part of `pnpm start`.
 */
import type { ExecArgs, RemoteQueryEntryPoints } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { PRODUCER_MODULE } from "../modules/producer"
import { DAY_MS, defaultExpiry } from "@ocop/contracts"

const BATCH = 250
const PACKAGINGS = ["Gói nhỏ", "Hộp vừa", "Hộp quà"]

/**
 * A demo product as the clones copy it: its producer, the warehouse its first packaging is stocked
 * at and that packaging's price. A demo product without a producer or stock cannot be cloned.
 */
function templateOf(product: RemoteQueryEntryPoints["product"]) {
  const variant = product.variants?.[0]
  const locationId = variant?.inventory_items?.[0]?.inventory?.location_levels?.[0]?.location_id
  if (!product.producer || !locationId) throw new Error(`Demo product "${product.title}" has no producer or no stock to copy.`)
  return {
    ...product,
    producer_id: product.producer.id,
    location_id: locationId,
    base_price: Number(variant.price_set?.prices?.[0]?.amount ?? 50_000),
  }
}
type Template = ReturnType<typeof templateOf>

export default async function generateBenchCatalog({ container, args }: ExecArgs) {
  const total = Number(args[0] ?? 10_000)
  if (!Number.isInteger(total) || total < 1)
    throw new Error(`The number of products must be a positive whole number, not "${args[0]}".`)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"] })
  const templateIds = products.filter((p) => !p.handle.startsWith("bench-")).map((p) => p.id)
  if (!templateIds.length) throw new Error("Seed the demo catalog first (medusa exec ./src/scripts/seed.ts).")
  const { data: demoProducts } = await query.graph({
    entity: "product",
    fields: [
      "title",
      "thumbnail",
      "metadata",
      "producer.id",
      "shipping_profile.id",
      "categories.id",
      "tags.id",
      // The variant's prices by their full path, which Medusa's generated type knows.
      "variants.price_set.prices.amount",
      "variants.inventory_items.inventory.location_levels.location_id",
      "certificates.*",
    ],
    filters: { id: templateIds },
  })
  const templates = demoProducts.map(templateOf)

  const started = Date.now()
  for (let from = products.length - templateIds.length; from < total; from += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, total - from) }, (_, i) => from + i)
    await generateBatch(container, numbers, templates)
    logger.info(`bench catalog: ${from + numbers.length}/${total} products (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
}

async function generateBatch(container: ExecArgs["container"], numbers: number[], templates: Template[]) {
  const template = (n: number) => templates[n % templates.length]
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: numbers.map((n) => {
        const source = template(n)
        const base = source.base_price
        return {
          title: `${source.title} · lô ${n}`,
          handle: `bench-${n}`,
          status: ProductStatus.PUBLISHED,
          thumbnail: source.thumbnail ?? undefined,
          shipping_profile_id: source.shipping_profile?.id,
          category_ids: (source.categories ?? []).flatMap((c) => (c ? [c.id] : [])),
          tag_ids: (source.tags ?? []).map((t) => t.id),
          options: [{ title: "Quy cách", values: PACKAGINGS }],
          variants: PACKAGINGS.map((packaging, i) => ({
            title: packaging,
            sku: `BENCH-${n}-${i}`,
            manage_inventory: true,
            options: { "Quy cách": packaging },
            // Spread prices so price filters and sorts have real work to do.
            prices: [{ currency_code: "vnd", amount: Math.round((base * (1 + i) * (0.5 + (n % 97) / 97)) / 1000) * 1000 }],
          })),
          metadata: { ...source.metadata, demo: true, bench: true },
        }
      }),
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product_id", "inventory_items.inventory_item_id"],
    filters: { product_id: products.map((p) => p.id) },
  })
  const numberOf = new Map(products.map((p, i) => [p.id, numbers[i]]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.map((variant) => {
        const n = numberOf.get(variant.product_id!)! // read by product_id
        const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
        if (!inventoryItemId) throw new Error(`Packaging ${variant.id} has no inventory item.`)
        return {
          inventory_item_id: inventoryItemId,
          location_id: template(n).location_id,
          stocked_quantity: n % 13 === 0 ? 0 : 5 + (n % 40), // some products out of stock
        }
      }),
    },
  })

  // Certificates written straight through the module: issuing 10,000 through the workflow one by
  // one would time the generator, not the listing. Their listing is the benchmark's job.
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const now = Date.now()
  const certificates = await ocop.createCertificates(
    products.map((product, i) => {
      const n = numbers[i]
      const source = template(n).certificates?.[0]
      const issued = new Date(now - ((n * 7) % 900) * DAY_MS)
      const lapsed = n % 20 === 7
      return {
        decision_number: `${10_000 + n}/QĐ-BENCH`,
        decision_date: issued,
        issuer: source?.issuer ?? "UBND tỉnh Hà Tĩnh",
        product_name: product.title,
        owner_name: source?.owner_name ?? "Chủ thể thử nghiệm",
        owner_address: source?.owner_address ?? null,
        owner_commune: source?.owner_commune ?? null,
        owner_district_as_issued: source?.owner_district_as_issued ?? null,
        owner_province: source?.owner_province ?? null,
        stars: source?.stars ?? 3,
        product_set: source?.product_set ?? 7,
        program_year: issued.getUTCFullYear(),
        legal_basis: "148/2023",
        issued_at: lapsed ? new Date(now - 1200 * DAY_MS) : issued,
        expires_at: defaultExpiry(lapsed ? new Date(now - 1200 * DAY_MS) : issued),
        status: n % 20 === 3 ? ("revoked" as const) : lapsed ? ("expired" as const) : ("valid" as const),
      }
    })
  )
  const productVariants = (productId: string) => variants.filter((v) => v.product_id === productId)
  const skuInputs = products.flatMap((product, i) =>
    productVariants(product.id).map((variant) => ({
      certificate_id: certificates[i].id,
      packaging: variant.title,
      variant_id: variant.id,
    }))
  )
  const skus = await ocop.createCertifiedSkus(skuInputs.map(({ certificate_id, packaging }) => ({ certificate_id, packaging })))

  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create([
    ...products.map((product, i) => ({
      [Modules.PRODUCT]: { product_id: product.id },
      [OCOP_MODULE]: { certificate_id: certificates[i].id },
    })),
    ...skus.map((sku, i) => ({
      [Modules.PRODUCT]: { product_variant_id: skuInputs[i].variant_id },
      [OCOP_MODULE]: { certified_sku_id: sku.id },
    })),
    // Each clone belongs to its template's producer, whose warehouse holds its stock.
    ...products.map((product, i) => ({
      [PRODUCER_MODULE]: { producer_id: template(numbers[i]).producer_id },
      [Modules.PRODUCT]: { product_id: product.id },
    })),
  ])
}
