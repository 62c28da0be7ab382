import type { IRegionModuleService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import type { FeedSource } from "../../modules/feed/feed-item"
import type { FeedFilters } from "../../modules/feed/filters"
import { CARD_SOURCE_FIELDS, isInStockOnline, purchasableVariants, type CardSource } from "../catalog/product-card"
import { storefrontPlaces } from "../catalog/refresh-product-cards"
import { imageSizes } from "./image-sizes"

/** Products read per query: enough to keep the database busy, small enough that memory stays flat. */
const PAGE = 250

const FEED_SOURCE_FIELDS = [
  ...CARD_SOURCE_FIELDS,
  "description",
  "images.url",
  "images.rank",
  "variants.id",
  "variants.title",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.original_amount",
  "variants.calculated_price.is_calculated_price_price_list",
]

type SourceProduct = CardSource & {
  description?: string | null
  images?: ({ url: string; rank?: number | null } | null)[] | null
  variants?: (NonNullable<NonNullable<CardSource["variants"]>[number]> & {
    id: string
    title: string
    calculated_price?: { calculated_amount?: number | null; original_amount?: number | null; is_calculated_price_price_list?: boolean | null } | null
  } | null)[] | null
}

/**
 * Every purchasable packaging of the listed products the filters keep, page by page: listed products
 * come from the catalog's cards (the listing rule's own projection, filtered in the database), their
 * packagings from Query with the storefront's prices (price lists included). Only one page is ever in
 * memory, so a catalog of any size streams.
 */
export async function* feedSources(container: MedusaContainer, filters: FeedFilters, now: Date): AsyncGenerator<FeedSource[]> {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [{ online_locations }, [region]] = await Promise.all([
    storefrontPlaces(container),
    container.resolve<IRegionModuleService>(Modules.REGION).listRegions({ currency_code: "vnd" }, { select: ["id"] }),
  ])

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
      { take: PAGE, order: { id: "ASC" }, select: ["id", "stars", "product_set", "province", "producer_name"] }
    )
    if (!cards.length) return
    after = cards[cards.length - 1].id

    const { data } = await query.graph({
      entity: "product",
      fields: FEED_SOURCE_FIELDS,
      filters: { id: cards.map((card) => card.id) },
      context: region ? { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: "vnd" }) } } : undefined,
    })
    const products = new Map((data as unknown as SourceProduct[]).map((product) => [product.id, product]))
    const imagesOf = (product: SourceProduct) =>
      (product.images ?? [])
        .filter((image): image is { url: string; rank?: number | null } => !!image?.url)
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
        .map((image) => image.url)
    const mainImage = (product: SourceProduct) => product.thumbnail ?? imagesOf(product)[0] ?? null
    const sizes = await imageSizes(container, [...products.values()].map(mainImage).filter((url): url is string => !!url))
    yield cards.flatMap((card) => {
      const product = products.get(card.id)
      if (!product) return []
      const images = imagesOf(product)
      const main = mainImage(product)
      return purchasableVariants(product, now).flatMap(({ variant }): FeedSource[] => {
        const price = variant.calculated_price
        const listPrice = Number(price?.original_amount ?? variant.prices?.find((p) => p?.currency_code === "vnd")?.amount ?? NaN)
        if (!Number.isFinite(listPrice)) return []
        const inStock = isInStockOnline(variant, online_locations)
        if (filters.in_stock_only && !inStock) return []
        return [
          {
            product: {
              id: product.id,
              title: product.title,
              handle: product.handle,
              description: product.description ?? null,
              thumbnail: product.thumbnail ?? null,
              images,
              main_image_size: main ? sizes.get(main) ?? null : null,
              stars: card.stars,
              product_set: card.product_set,
              province: card.province ?? null,
              producer_name: card.producer_name ?? null,
            },
            variant: {
              id: variant.id,
              title: variant.title,
              price: listPrice,
              sale_price: price?.is_calculated_price_price_list ? Number(price.calculated_amount) : null,
              in_stock: inStock,
            },
          },
        ]
      })
    })
  }
}
