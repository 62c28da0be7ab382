import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ProductCard } from "./models/product-card"
import type { CardFacet, CardInput, CardQuery } from "./types"

type Binding = string | number | boolean

const INSERT_SLICE = 1000

const ORDER_BY: Record<CardQuery["sort"], string> = {
  newest: "listed_at DESC",
  price_asc: "price_min ASC NULLS LAST",
  price_desc: "price_min DESC NULLS LAST",
  stars: "stars DESC, listed_at DESC",
  title: "title ASC",
}

/** Facets filter disjunctively: a facet's counts ignore its own selection, so other values stay visible. */
const FACET_FILTERS: { facet: Exclude<CardFacet, "in_stock">; column: string; key: keyof CardQuery }[] = [
  { facet: "stars", column: "stars", key: "stars" },
  { facet: "product_set", column: "product_set", key: "product_set" },
  { facet: "province", column: "province", key: "province" },
  { facet: "commune", column: "commune", key: "commune" },
  { facet: "producer", column: "producer_handle", key: "producer" },
]

const CARD_COLUMNS = [
  "id", "title", "handle", "thumbnail", "price_min", "stars", "product_set", "province", "commune",
  "producer_handle", "producer_name", "in_stock", "listed_at", "valid_until",
]

class CatalogModuleService extends MedusaService({ ProductCard }) {
  /**
   * One page of cards, the total and every facet's counts in two statements: the facets come
   * from one scan of the matching cards (a materialised CTE), not one query per facet.
   */
  @InjectManager()
  async searchCards(query: CardQuery, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = sharedContext.manager!.getKnex()
    const where: string[] = ["deleted_at IS NULL"]
    const bindings: Binding[] = []
    const filter = (condition: string, value: Binding) => {
      where.push(condition)
      bindings.push(value)
    }
    for (const word of query.words ?? []) filter("search_text LIKE ?", `%${word.replace(/[%_\\]/g, "\\$&")}%`)
    if (query.price_min !== undefined) filter("price_min >= ?", query.price_min)
    if (query.price_max !== undefined) filter("price_min <= ?", query.price_max)
    if (query.in_stock !== undefined) filter("in_stock = ?", query.in_stock)

    // One boolean per facet selection, so each facet can drop its own and keep the others.
    const flags: string[] = []
    const flagBindings: Binding[] = []
    for (const { facet, column, key } of FACET_FILTERS) {
      const values = query[key] as Binding[] | undefined
      if (values?.length) {
        flags.push(`(${column} IN (${values.map(() => "?").join(", ")})) AS f_${facet}`)
        flagBindings.push(...values)
      } else {
        flags.push(`TRUE AS f_${facet}`)
      }
    }
    const allFlags = FACET_FILTERS.map(({ facet }) => `f_${facet}`).join(" AND ")
    const othersThan = (facet: string) =>
      FACET_FILTERS.filter((f) => f.facet !== facet).map((f) => `f_${f.facet}`).join(" AND ")

    const facetSql = `
      WITH matched AS MATERIALIZED (
        SELECT stars, product_set, province, commune, producer_handle, producer_name, in_stock, ${flags.join(", ")}
        FROM product_card WHERE ${where.join(" AND ")}
      )
      SELECT 'total' AS facet, NULL AS value, NULL AS label, count(*)::int AS count FROM matched WHERE ${allFlags}
      UNION ALL SELECT 'in_stock', in_stock::text, NULL, count(*)::int FROM matched WHERE ${allFlags} GROUP BY in_stock
      UNION ALL SELECT 'stars', stars::text, NULL, count(*)::int FROM matched WHERE ${othersThan("stars")} GROUP BY stars
      UNION ALL SELECT 'product_set', product_set::text, NULL, count(*)::int FROM matched WHERE ${othersThan("product_set")} GROUP BY product_set
      UNION ALL SELECT 'province', province, NULL, count(*)::int FROM matched WHERE province IS NOT NULL AND ${othersThan("province")} GROUP BY province
      UNION ALL SELECT 'commune', commune, max(province), count(*)::int FROM matched WHERE commune IS NOT NULL AND ${othersThan("commune")} GROUP BY commune
      UNION ALL SELECT 'producer', producer_handle, max(producer_name), count(*)::int FROM matched WHERE producer_handle IS NOT NULL AND ${othersThan("producer")} GROUP BY producer_handle`

    const pageWhere = [...where]
    const pageBindings = [...bindings]
    for (const { column, key } of FACET_FILTERS) {
      const values = query[key] as Binding[] | undefined
      if (values?.length) {
        pageWhere.push(`${column} IN (${values.map(() => "?").join(", ")})`)
        pageBindings.push(...values)
      }
    }
    const pageSql = `
      SELECT ${CARD_COLUMNS.join(", ")} FROM product_card WHERE ${pageWhere.join(" AND ")}
      ORDER BY ${ORDER_BY[query.sort]}, id LIMIT ? OFFSET ?`

    const [facetRows, pageRows] = await Promise.all([
      knex.raw(facetSql, [...flagBindings, ...bindings]),
      query.limit > 0 ? knex.raw(pageSql, [...pageBindings, query.limit, query.offset]) : { rows: [] },
    ])

    const facets: Record<CardFacet, { value: string; label: string | null; count: number }[]> = {
      stars: [], product_set: [], province: [], commune: [], producer: [], in_stock: [],
    }
    let count = 0
    for (const row of facetRows.rows as { facet: string; value: string; label: string | null; count: number }[]) {
      if (row.facet === "total") count = row.count
      else facets[row.facet as CardFacet].push({ value: row.value, label: row.label, count: row.count })
    }
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "vi"))
    return { cards: pageRows.rows as Record<string, unknown>[], count, facets }
  }

  /**
   * Makes the cards of these products exactly `cards`: upserts those given, deletes the others.
   * A card keeps the moment it was first listed. Returns the rows it replaced, for compensation.
   */
  @InjectTransactionManager()
  async replaceCards(productIds: string[], cards: CardInput[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = sharedContext.transactionManager!.getKnex()
    if (!productIds.length) return []
    const previous = await knex("product_card").whereIn("id", productIds).select("*")
    const keep = new Set(cards.map((card) => card.id))
    const gone = productIds.filter((id) => !keep.has(id))
    if (gone.length) await knex("product_card").whereIn("id", gone).delete()
    const now = new Date()
    // In slices: PostgreSQL takes at most 65,535 parameters per statement (19 per card).
    for (let start = 0; start < cards.length; start += INSERT_SLICE) {
      const slice = cards.slice(start, start + INSERT_SLICE)
      await knex("product_card")
        .insert(slice.map((card) => ({ ...card, listed_at: now, created_at: now, updated_at: now, deleted_at: null })))
        .onConflict("id")
        .merge([...Object.keys(slice[0]).filter((column) => column !== "id"), "updated_at", "deleted_at"])
    }
    return previous as (CardInput & { listed_at: Date })[]
  }

  /** Compensation of replaceCards: the given products' cards go back to exactly these rows. */
  @InjectTransactionManager()
  async restoreCards(productIds: string[], rows: Record<string, unknown>[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = sharedContext.transactionManager!.getKnex()
    if (!productIds.length) return
    await knex("product_card").whereIn("id", productIds).delete()
    for (let start = 0; start < rows.length; start += INSERT_SLICE) await knex("product_card").insert(rows.slice(start, start + INSERT_SLICE))
  }
}

export default CatalogModuleService
