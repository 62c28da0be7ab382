import type { IRegionModuleService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import type { CardPackaging } from "../modules/catalog/types"
import type { FeedSource } from "../modules/feed/feed-item"
import type { FeedFilters } from "@ocop/contracts/schemas"
import { imageSizes } from "./image-sizes"

/** Products read per query: enough to keep the database busy, small enough that memory stays flat. */
const PAGE = 250

/** What the cards do not hold: the description, images and each packaging's price for the storefront. */
const FEED_SOURCE_FIELDS = [
  "id",
  "description",
  "images.url",
  "images.rank",
  "variants.id",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.original_amount",
  "variants.calculated_price.is_calculated_price_price_list",
]

type SourceProduct = {
  id: string
  description?: string | null
  images?: ({ url: string; rank?: number | null } | null)[] | null
  variants?:
    | ({
        id: string
        calculated_price?: {
          calculated_amount?: number | null
          original_amount?: number | null
          is_calculated_price_price_list?: boolean | null
        } | null
      } | null)[]
    | null
}

const imagesOf = (product: SourceProduct | undefined) =>
  (product?.images ?? [])
    .filter((image): image is { url: string; rank?: number | null } => !!image?.url)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => image.url)

/**
 * Every purchasable packaging of the listed products the filters keep, page by page. The catalog's
 * cards are the listing rule's own projection: they hold each product's purchasable packagings with
 * list price, stock and how long a certificate covers them, filtered in the database. Query adds
 * what a card does not hold: description, images and the storefront's price (price lists included).
 * Only one page is ever in memory, so a catalog of any size streams.
 */
export async function* feedSources(container: MedusaContainer, filters: FeedFilters, now: Date): AsyncGenerator<FeedSource[]> {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [region] = await container
    .resolve<IRegionModuleService>(Modules.REGION)
    .listRegions({ currency_code: "vnd" }, { select: ["id"] })
  const priceContext = region
    ? { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: "vnd" }) } }
    : undefined

  const cardFilters = {
    ...(filters.provinces?.length && { province: filters.provinces }),
    ...(filters.stars?.length && { stars: filters.stars }),
    ...(filters.product_sets?.length && { product_set: filters.product_sets }),
    ...(filters.producers?.length && { producer_handle: filters.producers }),
    ...(filters.in_stock_only && { in_stock: true }),
  }
  let after = ""
  for (;;) {
    const cards = await catalog.listProductCards(
      { ...cardFilters, id: { $gt: after } },
      {
        take: PAGE,
        order: { id: "ASC" },
        select: ["id", "title", "handle", "thumbnail", "stars", "product_set", "province", "producer_name", "packagings"],
      }
    )
    if (!cards.length) return
    after = cards[cards.length - 1].id

    // A certificate may have lapsed since the card was written: its packagings leave the feed now.
    const listed = cards.flatMap((card) => {
      const packagings = (card.packagings as CardPackaging[]).filter(
        (packaging) => new Date(packaging.valid_until) > now && (!filters.in_stock_only || packaging.in_stock)
      )
      return packagings.length ? [{ card, packagings }] : []
    })
    if (!listed.length) continue

    const { data } = await query.graph({
      entity: "product",
      fields: FEED_SOURCE_FIELDS,
      filters: { id: listed.map(({ card }) => card.id) },
      context: priceContext,
    })
    const products = new Map<string, SourceProduct>(data.map((product) => [product.id, product]))
    const mainImage = (card: (typeof cards)[number]) => card.thumbnail ?? imagesOf(products.get(card.id))[0] ?? null
    const sizes = await imageSizes(
      container,
      listed.map(({ card }) => mainImage(card)).filter((url): url is string => !!url)
    )
    yield listed.flatMap(({ card, packagings }) => {
      const product = products.get(card.id)
      if (!product) return []
      const main = mainImage(card)
      const prices = new Map(
        (product.variants ?? []).flatMap((variant) => (variant ? [[variant.id, variant.calculated_price]] : []))
      )
      const feedProduct: FeedSource["product"] = {
        id: card.id,
        title: card.title,
        handle: card.handle,
        description: product.description ?? null,
        thumbnail: card.thumbnail ?? null,
        images: imagesOf(product),
        main_image_size: main ? (sizes.get(main) ?? null) : null,
        stars: card.stars,
        product_set: card.product_set,
        province: card.province ?? null,
        producer_name: card.producer_name ?? null,
      }
      return packagings.map((packaging): FeedSource => {
        const price = prices.get(packaging.id)
        return {
          product: feedProduct,
          variant: {
            id: packaging.id,
            title: packaging.title,
            price: Number(price?.original_amount ?? packaging.price),
            sale_price: price?.is_calculated_price_price_list ? Number(price.calculated_amount) : null,
            in_stock: packaging.in_stock,
          },
        }
      })
    })
  }
}
