import type { IRegionModuleService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import type { CertificateDates, PublicShowroom } from "@ocop/contracts"
import { CERTIFICATE_SUMMARY_FIELDS, type SummarisedCertificate } from "./certificate-summary"
import { PUBLIC_PRODUCER_FIELDS } from "./public-producer"
import { PUBLIC_SHOWROOM_FIELDS, publicShowroom } from "./public-showroom"
import { STANDARD_FIELDS, type StandardRecord } from "./published-standards"
import { SELLABLE_PACKAGING_FIELDS } from "./sellable-packaging"
import { storefrontPlaces } from "./storefront-channel"

export type CardCertificate = CertificateDates & { stars: number; product_set: number }

type CardProducer = {
  handle: string
  name: string
  status: string
  commune?: string | null
  district_as_issued?: string | null
  province?: string | null
  address?: string | null
}

/** The product as the card builder (workflows/catalog/product-card.ts) reads it through Query (see CARD_SOURCE_FIELDS). */
export type CardSource = {
  id: string
  title: string
  handle: string
  description?: string | null
  thumbnail?: string | null
  images?: ({ url: string; rank?: number | null } | null)[] | null
  categories?: ({ name: string } | null)[] | null
  options?: ({ title: string } | null)[] | null
  certificates?: (SummarisedCertificate | null)[] | null
  producer?: CardProducer | null
  sales_channels?: ({ id: string } | null)[] | null
  published_standards?: (StandardRecord | null)[] | null
  variants?:
    | ({
        id: string
        title: string
        sku?: string | null
        variant_rank?: number | null
        calculated_price?: { calculated_amount?: number | null; original_amount?: number | null } | null
        manage_inventory?: boolean | null
        allow_backorder?: boolean | null
        prices?: ({ amount: number | string; currency_code: string } | null)[] | null
        inventory_items?:
          | ({
              required_quantity?: number | null
              inventory?: {
                location_levels?:
                  | ({
                      location_id?: string
                      stocked_quantity?: number | string | null
                      reserved_quantity?: number | string | null
                    } | null)[]
                  | null
              } | null
            } | null)[]
          | null
        certified_skus?: ({ certificate?: CardCertificate | null } | null)[] | null
      } | null)[]
    | null
}

export const CARD_SOURCE_FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "thumbnail",
  "images.url",
  "images.rank",
  "categories.name",
  "options.title",
  ...CERTIFICATE_SUMMARY_FIELDS.map((field) => `certificates.${field}`),
  ...new Set(
    ["handle", "name", "status", "commune", "district_as_issued", "province", "address", ...PUBLIC_PRODUCER_FIELDS].map(
      (field) => `producer.${field}`
    )
  ),
  "sales_channels.id",
  ...STANDARD_FIELDS.map((field) => `published_standards.${field}`),
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.variant_rank",
  // Read with the storefront region's pricing context: what the cart charges, a sale price list included.
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.original_amount",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  // available = stocked − reserved; Query drops the computed available_quantity beside other level fields.
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  ...[...SELLABLE_PACKAGING_FIELDS, "certified_skus.certificate.stars", "certified_skus.certificate.product_set"].map(
    (field) => `variants.${field}`
  ),
]

/** The open showrooms, by the stock location of their shelf (without the packagings they hold). */
export type ShowroomShelves = ReadonlyMap<string, PublicShowroom>

/** Query reads products in pages: 10,000 products with their variants in one go would be one huge join. */
const PAGE = 1000

/** The open showrooms by the stock location of their shelf: where a product page says it can be bought in person. */
async function showroomShelves(container: MedusaContainer): Promise<ShowroomShelves> {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "showroom",
    fields: [...PUBLIC_SHOWROOM_FIELDS, "stock_location.id"],
    filters: { active: true },
  })
  return new Map(
    data.flatMap(({ stock_location, ...showroom }) =>
      stock_location?.id ? [[stock_location.id, publicShowroom(showroom)] as const] : []
    )
  )
}

/** What every card is built against: the storefront channel, its stock locations and the open showrooms' shelves. */
export async function cardContext(container: MedusaContainer) {
  const [places, shelves] = await Promise.all([storefrontPlaces(container), showroomShelves(container)])
  return { ...places, shelves }
}

/** Everything a card is built from, for the given products, page by page, priced as the storefront's cart prices them. */
export async function* cardSources(container: MedusaContainer, productIds: string[]): AsyncGenerator<CardSource[]> {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [region] = await container
    .resolve<IRegionModuleService>(Modules.REGION)
    .listRegions({ currency_code: "vnd" }, { select: ["id"] })
  const context = region
    ? { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: "vnd" }) } }
    : undefined
  const ids = [...new Set(productIds)]
  for (let start = 0; start < ids.length; start += PAGE) {
    const { data } = await query.graph({
      entity: "product",
      fields: CARD_SOURCE_FIELDS,
      filters: { id: ids.slice(start, start + PAGE) },
      context,
    })
    yield data
  }
}
