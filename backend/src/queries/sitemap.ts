import type { MedusaContainer } from "@medusajs/framework/types"
import { SITEMAP_PAGE_SIZE, type SitemapKind } from "@ocop/contracts/schemas"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { SHOWROOM_MODULE } from "../modules/showroom"
import type ShowroomModuleService from "../modules/showroom/service"

/** One public page: its handle and when what it shows last changed. */
export type SitemapEntry = { handle: string; lastmod: Date }

const latest = (...times: (Date | null | undefined)[]) => times.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null)

/**
 * How many public pages of each kind there are (the storefront plans its sitemap files from this),
 * and when the newest product card and the newest open showroom changed. Three statements.
 */
export async function sitemapSummary(container: MedusaContainer) {
  const [listed, [newestShowroom, showrooms]] = await Promise.all([
    container.resolve<CatalogModuleService>(CATALOG_MODULE).countListed(),
    container
      .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
      .listAndCountShowrooms({ active: true }, { select: ["updated_at"], order: { updated_at: "DESC" }, take: 1 }),
  ])
  return {
    page_size: SITEMAP_PAGE_SIZE,
    count: { products: listed.products, producers: listed.producers, showrooms },
    lastmod: { products: listed.updated_at, showrooms: newestShowroom[0]?.updated_at ?? null },
  }
}

/**
 * A page of one kind's public pages, from indexed tables only and in a fixed number of statements:
 * - products: the catalog cards (one per listed product; a delisted product's card is gone);
 * - producers: approved producers with at least one listed product; a producer's page shows its
 *   products, so it changed when its profile or its newest card did;
 * - showrooms: the open ones.
 */
export async function sitemapEntries(
  container: MedusaContainer,
  kind: SitemapKind,
  page: { offset: number; limit: number }
): Promise<SitemapEntry[]> {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  if (kind === "products") {
    return (await catalog.listListedHandles(page)).map((card) => ({ handle: card.handle, lastmod: card.updated_at }))
  }
  if (kind === "showrooms") {
    const showrooms = await container
      .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
      .listShowrooms(
        { active: true },
        { select: ["handle", "updated_at"], order: { handle: "ASC" }, skip: page.offset, take: page.limit }
      )
    return showrooms.map((showroom) => ({ handle: showroom.handle, lastmod: showroom.updated_at }))
  }
  const withCards = await catalog.listListedProducers(page)
  if (!withCards.length) return []
  // Listing requires an approved producer, so this only guards the moment a suspension is syncing.
  const approved = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers(
      { handle: withCards.map((p) => p.handle), status: "approved" },
      { select: ["handle", "updated_at"], take: null }
    )
  const profileChanged = new Map(approved.map((producer) => [producer.handle, producer.updated_at]))
  return withCards
    .filter((producer) => profileChanged.has(producer.handle))
    .map((producer) => ({ handle: producer.handle, lastmod: latest(producer.updated_at, profileChanged.get(producer.handle))! }))
}
