/**
 * Demo data for the OCOP marketplace: `medusa exec ./src/scripts/seed.ts`.
 *
 * Idempotent: every piece is looked up before it is created, so running it twice changes nothing.
 * The catalog is DEMO DATA — real OCOP product names, owners and communes from provincial news,
 * with generated packaging, prices, stock, pictures and descriptions (product.metadata.demo = true).
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductTagsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_PROVIDER_ID } from "../modules/bank-transfer"
import { offerCardsInVndRegions } from "../workflows/payment/offer-cards"
import { OCOP_MODULE } from "../modules/ocop"
import { PRODUCER_MODULE } from "../modules/producer"
import { SHOWROOM_MODULE } from "../modules/showroom"
import type ShowroomModuleService from "../modules/showroom/service"
import { createProducerWorkflow } from "../workflows/producer/create-producer"
import { createShowroomWorkflow, type ShowroomInput } from "../workflows/showroom/create-showroom"
import { createShowroomStaffWorkflow } from "../workflows/showroom/create-showroom-staff"
import { moveShowroomStockWorkflow } from "../workflows/showroom/move-showroom-stock"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { activateBatchWorkflow } from "../workflows/traceability/activate-production-batch"
import { createBatchWorkflow } from "../workflows/traceability/create-production-batch"
import { inPackagingOrder } from "../workflows/catalog/product-card"
import type OcopModuleService from "../modules/ocop/service"
import { OCOP_PRODUCT_SETS } from "@ocop/contracts"
import { storedImageName } from "../utils/uploads"
import { rebuildEveryCard } from "../workflows/catalog/refresh-product-cards"
import { expireCertificatesWorkflow } from "../workflows/certification/expire-certificates"
import { issueCertificateWorkflow } from "../workflows/certification/issue-certificate"
import { changeCertificateStatusWorkflow } from "../workflows/certification/change-certificate-status"
import { buildDemoCatalog, demoCertificate, type DemoProducer, type DemoProduct } from "./seed/demo-catalog"
import { renderProductImage } from "./seed/product-image"

export const STOREFRONT_CHANNEL = "Cửa hàng trực tuyến OCOP"
export const STOREFRONT_KEY_TITLE = "Storefront"
export const DEMO_ADMIN = { email: "admin@ocop.local", password: "ocop-demo-2026" }
export const DEMO_PRODUCER_PASSWORD = DEMO_ADMIN.password

const CATALOG_CSV = path.resolve(process.cwd(), "../scripts/seed-data/ocop-products.csv")

export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const catalog = buildDemoCatalog(readFileSync(CATALOG_CSV, "utf8"))

  const channel = await ensureStorefrontChannel(container)
  await ensurePublishableKey(container, channel.id)
  const region = await ensureVietnamRegion(container)
  await offerCardsInVndRegions(container)
  await ensureAdminUser(container)

  // The store's channel is read by the producer workflow (each warehouse serves the storefront).
  await ensureStore(container, channel.id, region.id, { seeded: false })
  const producers = new Map<string, DemoProducer>(catalog.map((p) => [p.producer.handle, p.producer]))
  const warehouses = new Map<string, Warehouse>()
  for (const producer of producers.values()) warehouses.set(producer.handle, await ensureProducer(container, producer))

  const categories = await ensureCategories(container, catalog)
  const tags = await ensureTags(container, catalog)

  let created = 0
  for (const product of catalog) {
    const warehouse = warehouses.get(product.producer.handle)!
    if (await ensureProduct(container, product, { warehouse, categories, tags })) created++
  }
  const now = new Date()
  for (const [index, product] of catalog.entries()) await ensureCertificate(container, product, index, now)
  // Certificates of the CSV's expired rows were issued with past dates: the expiry job's workflow
  // marks them expired, exactly as it would have over the years.
  await expireCertificatesWorkflow(container).run({ input: { now: now.toISOString() } })
  for (const showroom of DEMO_SHOWROOMS) await ensureShowroom(container, showroom)
  await ensureDemoBatch(container)
  // The cards (and product pages) were built before any shelf held stock; `medusa exec` runs no subscribers.
  await rebuildEveryCard(container)
  // Last, so the marker `pnpm start` checks is only set once everything above exists.
  await ensureStore(container, channel.id, region.id, { seeded: true })
  logger.info(`OCOP demo seed: ${created} products created, ${catalog.length - created} already there.`)
}

type Container = ExecArgs["container"]
type Warehouse = { producer_id: string; location_id: string; shipping_profile_id: string }

async function ensureStorefrontChannel(container: Container) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: STOREFRONT_CHANNEL })
  if (existing) return existing
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [{ name: STOREFRONT_CHANNEL, description: "Chỉ gồm sản phẩm có giấy chứng nhận OCOP còn hiệu lực" }],
    },
  })
  return result[0]
}

async function ensurePublishableKey(container: Container, channelId: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeys.listApiKeys({ type: "publishable", title: STOREFRONT_KEY_TITLE })
  if (existing) return existing
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [channelId] } })
  return result[0]
}

/** Cash on delivery (Medusa's system provider) and bank transfer by VietQR; cards are added when Stripe is configured. */
const PAYMENT_PROVIDERS = ["pp_system_default", BANK_TRANSFER_PROVIDER_ID]

async function ensureVietnamRegion(container: Container) {
  const regions = container.resolve(Modules.REGION)
  const [existing] = await regions.listRegions({ name: "Việt Nam" })
  if (existing) {
    // A store seeded before bank transfer existed gets it too (setting the same list again changes nothing).
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: existing.id }, update: { payment_providers: PAYMENT_PROVIDERS } },
    })
    return existing
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Việt Nam",
          currency_code: "vnd",
          countries: ["vn"],
          payment_providers: PAYMENT_PROVIDERS,
          is_tax_inclusive: true,
          automatic_taxes: true,
        },
      ],
    },
  })
  const tax = container.resolve(Modules.TAX)
  if (!(await tax.listTaxRegions({ country_code: "vn" })).length) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "vn",
          provider_id: "tp_system",
          default_tax_rate: { name: "VAT", code: "VAT", rate: 8 },
        },
      ],
    })
  }
  return result[0]
}

async function ensureStore(container: Container, channelId: string, regionId: string, { seeded }: { seeded: boolean }) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Chợ OCOP (demo)",
        supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: channelId,
        default_region_id: regionId,
        ...(seeded && { metadata: { ocop_demo_seeded_at: new Date().toISOString() } }),
      },
    },
  })
}

async function ensureAdminUser(container: Container) {
  const users = container.resolve(Modules.USER)
  if ((await users.listUsers({ email: DEMO_ADMIN.email })).length) return
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  })
  if (error || !authIdentity) throw new Error(`Could not register the demo admin: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: DEMO_ADMIN.email, first_name: "Văn phòng", last_name: "Điều phối OCOP" },
    },
  })
}

/**
 * Each demo producer, approved, with an owner login (`<handle>@ocop.local`, the demo password),
 * registered through the same workflow as a producer signing up: its own warehouse, shipping
 * profile and delivery option come with it.
 */
async function ensureProducer(container: Container, producer: DemoProducer): Promise<Warehouse> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const read = async () =>
    (
      await query.graph({
        entity: "producer",
        fields: ["id", "stock_location.id", "shipping_profile.id"],
        filters: { handle: producer.handle },
      })
    ).data[0] as { id: string; stock_location?: { id: string }; shipping_profile?: { id: string } } | undefined
  let stored = await read()
  if (!stored) {
    const auth = container.resolve(Modules.AUTH)
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: producer.email, password: DEMO_PRODUCER_PASSWORD },
    })
    if (error || !authIdentity) throw new Error(`Could not register the demo producer ${producer.email}: ${error}`)
    await createProducerWorkflow(container).run({
      input: {
        producer: {
          handle: producer.handle,
          name: producer.name,
          owner_type: producer.owner_type,
          tax_code: producer.tax_code,
          representative: producer.representative,
          phone: producer.phone,
          email: producer.email,
          commune: producer.commune || null,
          district_as_issued: producer.district_as_issued || null,
          address_as_issued: producer.district_as_issued
            ? [producer.commune, producer.district_as_issued, producer.province].filter(Boolean).join(", ")
            : null,
          province: producer.province,
          story: producer.story,
          status: "approved",
        },
        owner: { email: producer.email, name: producer.representative, auth_identity_id: authIdentity.id },
      },
    })
    stored = await read()
  }
  return { producer_id: stored!.id, location_id: stored!.stock_location!.id, shipping_profile_id: stored!.shipping_profile!.id }
}

type DemoShowroom = ShowroomInput & {
  handle: string
  staff: { email: string; name: string }
  stock: { product: string; quantity: number }[]
}

/** Demo display-and-sales points (made up, sited as Decision 950/QĐ-BCT allows), each with a counter login. */
export const DEMO_SHOWROOMS: DemoShowroom[] = [
  {
    handle: "cho-ha-tinh",
    name: "Điểm OCOP Chợ Hà Tĩnh",
    site_type: "market_mall",
    commune: "Phường Thành Sen",
    province: "Hà Tĩnh",
    address: "Ki-ốt 12, Chợ Hà Tĩnh, đường Nguyễn Công Trứ",
    opening_hours: "6:30–18:30 hằng ngày",
    operator: "Trung tâm Xúc tiến Thương mại Hà Tĩnh (minh hoạ)",
    phone: "02393855123",
    staff: { email: "quay.cho-ha-tinh@ocop.local", name: "Võ Thị Hạnh" },
    stock: [
      { product: "nuoc-mam-ky-phu", quantity: 12 },
      { product: "keo-cu-do-ha-tinh-nguyen-hang", quantity: 20 },
      { product: "mat-ong-cuong-nga", quantity: 8 },
    ],
  },
  {
    handle: "thien-cam",
    name: "Điểm OCOP Khu du lịch Thiên Cầm",
    site_type: "tourist_site",
    commune: "Xã Thiên Cầm",
    province: "Hà Tĩnh",
    address: "Quầy 3, quảng trường biển Thiên Cầm",
    opening_hours: "8:00–21:00, mùa hè đến 22:00",
    operator: "HTX Dịch vụ du lịch Thiên Cầm (minh hoạ)",
    staff: { email: "quay.thien-cam@ocop.local", name: "Trần Văn Lộc" },
    stock: [
      { product: "nuoc-mam-ky-phu", quantity: 6 },
      { product: "keo-cu-do-ha-tinh-nguyen-hang", quantity: 15 },
    ],
  },
]

/** A demo showroom with its counter login and a first consignment, received the way staff receive one. */
async function ensureShowroom(container: Container, demo: DemoShowroom) {
  const showrooms = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
  if ((await showrooms.listShowrooms({ handle: demo.handle }, { select: ["id"] })).length) return
  const { staff, stock, ...input } = demo
  const { result: showroom } = await createShowroomWorkflow(container).run({ input })
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email: staff.email, password: DEMO_ADMIN.password },
  })
  if (error || !authIdentity) throw new Error(`Could not register the demo counter login ${staff.email}: ${error}`)
  const { result: member } = await createShowroomStaffWorkflow(container).run({
    input: { showroom_id: showroom.id, ...staff, auth_identity_id: authIdentity.id },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle", "variants.id", "variants.sku"],
    filters: { handle: stock.map((s) => s.product) },
  })
  const lines = stock.flatMap((s) => {
    // The first packaging by SKU: Query returns variants in no fixed order, and tests look the line up.
    const variants = products.find((p) => p.handle === s.product)?.variants ?? []
    const [variant] = [...variants].sort((a, b) => (a.sku ?? "").localeCompare(b.sku ?? ""))
    return variant ? [{ variant_id: variant.id, quantity: s.quantity, batch_code: "LO-DEMO-01" }] : []
  })
  if (lines.length) {
    await moveShowroomStockWorkflow(container).run({
      input: {
        showroom_id: showroom.id,
        kind: "receipt",
        lines,
        note: "Lô ký gửi đầu tiên (minh hoạ)",
        actor: { type: "showroom_staff", id: member.id },
      },
    })
  }
}

/**
 * A released batch of Kỳ Phú fish sauce with its stamps, so the trace page and stamp scans can be tried:
 * of the packaging its page shows first, so that an order of it can name the batch when it ships.
 */
async function ensureDemoBatch(container: Container) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["variants.id", "variants.variant_rank", "producer.id"],
    filters: { handle: DEMO_BATCH.product },
  })
  const product = data[0]
  if (!product?.producer?.id) return
  const batches = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  if (
    (await batches.listBatches({ producer_id: product.producer.id, lot_number: DEMO_BATCH.lot_number }, { select: ["id"] }))
      .length
  )
    return
  const { result: batch } = await createBatchWorkflow(container).run({
    input: {
      producer_id: product.producer.id,
      variant_id: [...product.variants].sort(inPackagingOrder)[0].id,
      lot_number: DEMO_BATCH.lot_number,
      produced_on: new Date(DEMO_BATCH.produced_on),
      expires_on: new Date(DEMO_BATCH.expires_on),
      quantity: DEMO_BATCH.quantity,
    },
  })
  await activateBatchWorkflow(container).run({ input: { producer_id: product.producer.id, batch_id: batch.id } })
}

export const DEMO_BATCH = {
  product: "nuoc-mam-ky-phu",
  lot_number: "NM-2026-10",
  produced_on: "2026-10-15T00:00:00+07:00",
  expires_on: "2028-10-15T00:00:00+07:00",
  quantity: 24,
}

/** One category per OCOP product set used by the catalog. */
async function ensureCategories(container: Container, catalog: DemoProduct[]) {
  const products = container.resolve(Modules.PRODUCT)
  const sets = [...new Set(catalog.map((p) => p.product_set))].sort((a, b) => a - b)
  const handleOf = (set: number) => `bo-san-pham-${set}`
  const existing = await products.listProductCategories({ handle: sets.map(handleOf) })
  const missing = sets.filter((set) => !existing.some((c) => c.handle === handleOf(set)))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((set) => ({
          name: OCOP_PRODUCT_SETS[set],
          handle: handleOf(set),
          is_active: true,
          metadata: { product_set: set },
        })),
      },
    })
    existing.push(...result)
  }
  return new Map(sets.map((set) => [set, existing.find((c) => c.handle === handleOf(set))!.id]))
}

const starTag = (stars: number) => `${stars} sao`

/** Tags for browsing by star rating ("4 sao") and by province ("Hà Tĩnh"). */
async function ensureTags(container: Container, catalog: DemoProduct[]) {
  const products = container.resolve(Modules.PRODUCT)
  const values = [...new Set(catalog.flatMap((p) => [starTag(p.stars), p.producer.province]))]
  const existing = await products.listProductTags({ value: values })
  const missing = values.filter((value) => !existing.some((t) => t.value === value))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    existing.push(...result)
  }
  return new Map(existing.map((t) => [t.value, t.id]))
}

async function ensureProduct(
  container: Container,
  product: DemoProduct,
  refs: { warehouse: Warehouse; categories: Map<number, string>; tags: Map<string, string> }
): Promise<boolean> {
  const products = container.resolve(Modules.PRODUCT)
  if ((await products.listProducts({ handle: product.handle }, { select: ["id"] })).length) return false

  const files = container.resolve(Modules.FILE)
  const [image] = await files.createFiles([
    {
      // Named as every stored picture is: GET /uploads/:name serves no other name.
      filename: storedImageName("png"),
      mimeType: "image/png",
      content: (await renderProductImage(product)).toString("base64"),
      access: "public",
    },
  ])

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: product.title,
          handle: product.handle,
          description: product.description,
          status: ProductStatus.PUBLISHED,
          thumbnail: image.url,
          images: [{ url: image.url }],
          shipping_profile_id: refs.warehouse.shipping_profile_id,
          category_ids: [refs.categories.get(product.product_set)!],
          tag_ids: [refs.tags.get(starTag(product.stars))!, refs.tags.get(product.producer.province)!],
          // No sales channel here: the listing sync alone decides, from the certificate, what is sold.
          options: [{ title: "Quy cách", values: product.variants.map((v) => v.packaging) }],
          variants: product.variants.map((variant) => ({
            title: variant.packaging,
            sku: variant.sku,
            manage_inventory: true,
            options: { "Quy cách": variant.packaging },
            prices: [{ currency_code: "vnd", amount: variant.price }],
          })),
          metadata: {
            demo: true,
            ocop_stars: product.stars,
            ocop_product_set: product.product_set,
            ocop_year_recognised: product.year_recognised,
          },
        },
      ],
    },
  })

  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [PRODUCER_MODULE]: { producer_id: refs.warehouse.producer_id },
    [Modules.PRODUCT]: { product_id: result[0].id },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: result[0].id },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.map((variant) => ({
        inventory_item_id: variant.inventory_items![0]!.inventory_item_id,
        location_id: refs.warehouse.location_id,
        stocked_quantity: product.variants.find((v) => v.sku === variant.sku)!.stock,
      })),
    },
  })
  return true
}

/**
 * The demo certificate of a product, covering all its packagings, written the way the office
 * writes one: issued (and, for the CSV's revoked rows, revoked) through the certification workflows.
 */
async function ensureCertificate(container: Container, product: DemoProduct, index: number, now: Date) {
  const certificate = demoCertificate(product, index, now)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  if ((await ocop.listCertificates({ issuer: certificate.issuer, decision_number: certificate.decision_number })).length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [stored],
  } = await query.graph({ entity: "product", fields: ["id", "variants.id", "variants.sku"], filters: { handle: product.handle } })

  const { result: issued } = await issueCertificateWorkflow(container).run({
    input: {
      product_id: stored.id,
      decision_number: certificate.decision_number,
      decision_date: certificate.decision_date.toISOString(),
      issuer: certificate.issuer,
      stars: product.stars,
      product_set: product.product_set,
      program_year: certificate.issued_at.getUTCFullYear(),
      legal_basis: certificate.legal_basis,
      issued_at: certificate.issued_at.toISOString(),
      expires_at: certificate.expires_at.toISOString(),
      renewal_filed_at: certificate.renewal_filed_at?.toISOString() ?? null,
      owner_name: product.producer.name,
      owner_address: [product.producer.commune, product.producer.district_as_issued, product.producer.province]
        .filter(Boolean)
        .join(", "),
      owner_commune: product.producer.commune || null,
      owner_district_as_issued: product.producer.district_as_issued || null,
      owner_province: product.producer.province,
      skus: (stored.variants ?? []).map((variant) => ({
        variant_id: variant.id,
        packaging: product.variants.find((v) => v.sku === variant.sku)!.packaging,
      })),
    },
  })
  if (certificate.status === "revoked") {
    await changeCertificateStatusWorkflow(container).run({
      input: { id: issued.id, action: "revoke", reason: certificate.revocation_reason! },
    })
  }
}
