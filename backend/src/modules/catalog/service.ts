import type { Context, Logger } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager, Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  type CatalogCard,
  type CatalogMatch,
  type CatalogPage as ContractCatalogPage,
  OCOP_PRODUCT_SETS,
  type ProductDetail,
} from "@ocop/contracts"
import { RedisBroadcast } from "../../utils/redis-broadcast"
import { containsPattern } from "../../utils/sql"
import { FACET_COLUMNS, facetCombination, RECOUNT_FACETS_SQL } from "./facet-counts"
import { FacetCount } from "./models/facet-count"
import { FacetValue } from "./models/facet-value"
import { ProductCard } from "./models/product-card"
import { SearchPending } from "./models/search-pending"
import { SearchReindex } from "./models/search-reindex"
import type { CardFacet, CardInput, CardQuery } from "./types"

type Binding = string | number | boolean

const INSERT_SLICE = 1000
const ANALYZE_AFTER = 1000

/**
 * A search that finds fewer cards than this (a page of the store API) with every word as typed also
 * takes the cards whose dialect key is like the query's.
 */
const SIMILAR_BELOW = 20
/**
 * How much of the query's key (its trigrams) a card's key must hold to be similar (pg_trgm's
 * word_similarity). 0.5 takes a typo or a swapped initial in a two-word query ("rio bot" → "giò
 * bột"), and leaves out cards sharing only one short word with it.
 */
const SIMILARITY = 0.5

const ORDER_BY: Record<Exclude<CardQuery["sort"], "relevance">, string> = {
  newest: "listed_at DESC",
  price_asc: "price_min ASC NULLS LAST",
  price_desc: "price_min DESC NULLS LAST",
  stars: "stars DESC, listed_at DESC",
  title: "title ASC",
}

/** The facet a row of the GROUPING SETS query counts, by its GROUPING() bits (columns in FACET_COLUMNS' order). */
const GROUPED_BY = new Map<number, CardFacet | "total">([
  [0b011111, "stars"],
  [0b101111, "product_set"],
  [0b110111, "province"],
  [0b111011, "commune"],
  [0b111101, "producer"],
  [0b111110, "in_stock"],
  [0b111111, "total"],
])

type CodedFacet = "province" | "commune" | "producer"

/**
 * A row of the facet query: its GROUPING() bits, the value it counts (null in the total's row) and
 * the counts, c0 with every selection and c1… each leaving out one of FACET_FILTERS.
 */
type FacetRow = { grouping: number; value: string | null; label: string | null } & { [count: `c${number}`]: number }

/**
 * Facets filter disjunctively: a facet's counts ignore its own selection, so other values stay visible.
 * A page filters on the names (their indexes narrow it); the facet counts on the cards' FacetValue codes.
 */
const FACET_FILTERS: { facet: Exclude<CardFacet, "in_stock">; column: string; key: keyof CardQuery }[] = [
  { facet: "stars", column: "stars", key: "stars" },
  { facet: "product_set", column: "product_set", key: "product_set" },
  { facet: "province", column: "province", key: "province" },
  { facet: "commune", column: "commune", key: "commune" },
  { facet: "producer", column: "producer_handle", key: "producer" },
]

/** Where a card's coded facets come from, and what each facet value shows beside it. */
const CODED_FACETS: {
  facet: CodedFacet
  column: "province_code" | "commune_code" | "producer_code"
  value: (card: CardInput) => string | null
  label: (card: CardInput) => string | null
}[] = [
  { facet: "province", column: "province_code", value: (card) => card.province, label: () => null },
  { facet: "commune", column: "commune_code", value: (card) => card.commune, label: (card) => card.province },
  { facet: "producer", column: "producer_code", value: (card) => card.producer_handle, label: (card) => card.producer_name },
]

/** A card's fields as the catalog answers them (pg reads listed_at and valid_until as Dates; the answer's JSON makes them ISO strings). */
export const CARD_COLUMNS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "price_min",
  "stars",
  "product_set",
  "province",
  "commune",
  "producer_handle",
  "producer_name",
  "in_stock",
  "listed_at",
  "valid_until",
] satisfies (keyof CatalogCard)[]

/** A card as knex inserts it: JSON columns as JSON text (knex would send a JS array as a PostgreSQL array). */
const asRow = <Card extends { packagings?: unknown; detail?: unknown }>(card: Card) => ({
  ...card,
  packagings: JSON.stringify(card.packagings ?? []),
  detail: card.detail === undefined || card.detail === null ? null : JSON.stringify(card.detail),
})

/** A producer or commune that names at least one listed card, with how many. */
export type NamedPlace = { facet: "producer" | "commune"; value: string; label: string | null; count: number }

/** The store API's page without the limit and offset the route echoes, and the hint the route adds. */
type CatalogPage = Omit<ContractCatalogPage, "limit" | "offset" | "did_you_mean">

const CACHE_ENTRIES = 500

/** A reindex beats after every batch of 1,000 cards (about a second); one silent this long was killed. */
const SEARCH_REINDEX_STALE_MS = 120_000

/**
 * The cards with the FacetValue codes of their province, commune and producer; values not seen before
 * get a code now (in the caller's transaction), and a changed label (a renamed producer) is updated.
 */
async function withFacetCodes(knex: Knex, cards: CardInput[]) {
  const seen = new Map<string, { facet: CodedFacet; value: string; label: string | null }>()
  for (const card of cards) {
    for (const { facet, value, label } of CODED_FACETS) {
      const named = value(card)
      if (named !== null && !seen.has(`${facet}:${named}`))
        seen.set(`${facet}:${named}`, { facet, value: named, label: label(card) })
    }
  }
  const codes = seen.size ? await assignCodes(knex, [...seen.values()]) : new Map<string, number>()
  return cards.map((card) => {
    const withCodes: CardInput & Record<(typeof CODED_FACETS)[number]["column"], number | null> = {
      ...card,
      province_code: null,
      commune_code: null,
      producer_code: null,
    }
    for (const { facet, column, value } of CODED_FACETS) {
      const named = value(card)
      withCodes[column] = named === null ? null : (codes.get(`${facet}:${named}`) ?? null)
    }
    return withCodes
  })
}

/** The codes of these facet values by `facet:value`, adding the values not seen before. */
async function assignCodes(knex: Knex, values: { facet: CodedFacet; value: string; label: string | null }[]) {
  await knex.raw(
    `INSERT INTO catalog_facet_value (id, facet, value, label) VALUES ${values.map(() => "(?, ?, ?, ?)").join(", ")}
     ON CONFLICT (facet, value) WHERE deleted_at IS NULL
     DO UPDATE SET label = excluded.label, updated_at = now() WHERE catalog_facet_value.label IS DISTINCT FROM excluded.label`,
    values.flatMap((v) => [generateEntityId(undefined, "cfv"), v.facet, v.value, v.label])
  )
  const coded: { facet: string; value: string; code: number }[] = await knex("catalog_facet_value")
    .whereNull("deleted_at")
    .whereIn(
      ["facet", "value"],
      values.map((v) => [v.facet, v.value])
    )
    .select("facet", "value", "code")
  return new Map(coded.map((row) => [`${row.facet}:${row.value}`, row.code]))
}

/**
 * The knex of the transaction InjectTransactionManager opened: the manager's own `getKnex()` is the
 * pool's, whose statements would run (and commit) outside it.
 */
function inTransaction(sharedContext: Context<EntityManager>): Knex {
  const manager = sharedContext.transactionManager!
  return (manager.getTransactionContext() ?? manager.getKnex()) as Knex
}

/**
 * Recounts catalog_facet_count from the cards, in the transaction that changed them (a full pass over
 * the facet index: a few milliseconds at 10,000 cards). One writer at a time: two recounts running
 * together would each keep the other's rows.
 */
async function recountFacets(knex: Knex) {
  await knex.raw("LOCK TABLE catalog_facet_count IN EXCLUSIVE MODE")
  await knex.raw("DELETE FROM catalog_facet_count")
  await knex.raw(RECOUNT_FACETS_SQL)
}

/**
 * One page of the cards matching the query, its total and facets. `exact`: cards holding every word
 * as typed (folded). `similar`: also cards whose dialect key is like the query's by word_similarity
 * (`<%`, whose threshold the caller sets).
 */
async function matchingCards(knex: Knex, query: CardQuery, mode: CatalogMatch): Promise<CatalogPage> {
  const page: CatalogPage = {
    cards: [],
    count: 0,
    facets: { stars: [], product_set: [], province: [], commune: [], producer: [], in_stock: [] },
    matched: mode,
  }
  // Words given and none left (punctuation only): nothing can hold them.
  if (query.words && !query.words.length) return page

  const where: string[] = ["deleted_at IS NULL"]
  const bindings: Binding[] = []
  const filter = (condition: string, values: Binding[]) => {
    where.push(condition)
    bindings.push(...values)
  }
  const patterns = (query.words ?? []).map(containsPattern)
  const everyWord = patterns.map(() => "search_text LIKE ?").join(" AND ")
  if (mode === "exact" && patterns.length) filter(everyWord, patterns)
  if (mode === "similar") filter(`((${everyWord}) OR ? <% search_key)`, [...patterns, query.key!])
  if (query.price_min !== undefined) filter("price_min >= ?", [query.price_min])
  if (query.price_max !== undefined) filter("price_min <= ?", [query.price_max])
  if (query.in_stock !== undefined) filter("in_stock = ?", [query.in_stock])

  // One SQL condition per selected facet, so each facet's count can leave its own out.
  const selections = FACET_FILTERS.flatMap(({ facet, column, key }) => {
    const values = query[key] as Binding[] | undefined
    if (!values?.length) return []
    const list = values.map(() => "?").join(", ")
    const sql = `${column} IN (${list})`
    const coded = CODED_FACETS.find((c) => c.facet === facet)
    return [
      {
        facet,
        sql,
        // Evaluated once per statement (an InitPlan), then an integer test per card.
        codedSql: coded
          ? `${coded.column} = ANY (ARRAY(SELECT code FROM catalog_facet_value WHERE facet = '${facet}' AND value IN (${list}) AND deleted_at IS NULL))`
          : sql,
        values,
      },
    ]
  })
  // Without words or prices every filter is a facet value (or in stock): the counts kept per
  // combination of facet values answer, a few rows instead of every card.
  const fromCounts = !query.words?.length && query.price_min === undefined && query.price_max === undefined
  const source = fromCounts
    ? { table: "catalog_facet_count", where: query.in_stock === undefined ? ["true"] : ["in_stock = ?"], tally: "sum(cards)" }
    : { table: "product_card", where, tally: "count(*)" }
  // Each selection is tested once per row (a boolean column of the inner select), not once per count.
  const countWhere = (leaveOut?: string) => {
    const kept = selections.flatMap((s, i) => (s.facet === leaveOut ? [] : [`chosen_${i}`]))
    return `COALESCE(${source.tally}${kept.length ? ` FILTER (WHERE ${kept.join(" AND ")})` : ""}, 0)::int`
  }
  const counts = [countWhere(), ...FACET_FILTERS.map(({ facet }) => countWhere(facet))]
  // Grouped on integers only (text grouping costs 3–4× more over every card); cards are read from
  // the facet index alone (an index-only scan of narrow entries instead of wide card rows). The
  // codes' names and labels are joined to the few grouped rows afterwards.
  const facetSql = `
    SELECT grouped.*, COALESCE(stars::text, product_set::text, named.value, in_stock::text) AS value, named.label
    FROM (
      SELECT GROUPING(${FACET_COLUMNS}) AS grouping, stars, product_set,
        COALESCE(province_code, commune_code, producer_code) AS code, in_stock,
        ${counts.map((sql, i) => `${sql} AS c${i}`).join(", ")}
      FROM (
        SELECT ${[FACET_COLUMNS, ...(fromCounts ? ["cards"] : []), ...selections.map((s, i) => `${s.codedSql} AS chosen_${i}`)].join(", ")}
        FROM ${source.table} WHERE ${source.where.join(" AND ")}
      ) AS card
      GROUP BY GROUPING SETS ((stars), (product_set), (province_code), (commune_code), (producer_code), (in_stock), ())
    ) AS grouped
    LEFT JOIN catalog_facet_value AS named ON named.code = grouped.code AND named.deleted_at IS NULL`

  // Relevance. Of cards holding every word: those holding them as one phrase first, the earlier in
  // the text the better (the title comes first) — a position costs next to nothing for thousands of
  // cards, where word_similarity costs ~10 µs each. Of cards found by likeness (fewer): how much of
  // the query's key the card's key holds, then whether it holds every word as typed. Not the other
  // way round: a short word is also found inside longer ones ("ki" in "kinh"), while the product
  // named "Kỳ" holds all of the key of "Kì".
  const sort = query.sort === "relevance" && !query.key ? "newest" : query.sort
  const order =
    sort !== "relevance"
      ? { sql: ORDER_BY[sort], values: [] }
      : mode === "exact"
        ? {
            sql: "NULLIF(strpos(' ' || search_text, ?), 0) ASC NULLS LAST, listed_at DESC",
            values: [` ${query.words!.join(" ")}`],
          }
        : {
            sql: `word_similarity(?, search_key) DESC, (${everyWord}) DESC, listed_at DESC`,
            values: [query.key!, ...patterns],
          }
  const pageSql = `
    SELECT ${CARD_COLUMNS.join(", ")} FROM product_card
    WHERE ${[...where, ...selections.map((s) => s.sql)].join(" AND ")}
    ORDER BY ${order.sql}, id LIMIT ? OFFSET ?`

  const [facetRows, pageRows] = await Promise.all([
    knex.raw(facetSql, [
      ...selections.flatMap((s) => s.values),
      ...(fromCounts ? (query.in_stock === undefined ? [] : [query.in_stock]) : bindings),
    ]),
    query.limit > 0
      ? knex.raw(pageSql, [...bindings, ...selections.flatMap((s) => s.values), ...order.values, query.limit, query.offset])
      : { rows: [] },
  ])

  page.cards = pageRows.rows as CatalogCard[]
  for (const row of facetRows.rows as FacetRow[]) {
    // GROUPING() has one bit per column, first column highest: 0b011111 is the stars set, etc.
    // A province's code names no label: its own name is the value.
    const facet = GROUPED_BY.get(row.grouping)
    if (!facet) continue // every grouping set the query asks for is in GROUPED_BY
    if (facet === "total") {
      page.count = row.c0
      continue
    }
    const count = facet === "in_stock" ? row.c0 : row[`c${FACET_FILTERS.findIndex((f) => f.facet === facet) + 1}`]
    if (row.value === null || !count) continue
    const label = facet === "product_set" ? (OCOP_PRODUCT_SETS[Number(row.value)] ?? null) : row.label
    page.facets[facet].push({ value: row.value, label, count })
  }
  for (const list of Object.values(page.facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "vi"))
  return page
}

/** What the search index needs of a card (search module, documents.ts IndexedCard). */
const INDEXED_COLUMNS = [
  "id",
  "title",
  "producer_name",
  "producer_handle",
  "commune",
  "district",
  "province",
  "search_key",
  "stars",
  "product_set",
  "price_min",
  "in_stock",
  "listed_at",
]

export type CatalogModuleOptions = {
  /** A search engine is configured: every card change is queued for it in its own transaction (search_pending). */
  search_outbox?: boolean
  /** Redis, shared by every backend process: a card write tells all of them to forget their answers. */
  redis_url?: string
}

/** Where a card write tells every backend process to forget the catalog answers it keeps in memory. */
export const CATALOG_FORGET_CHANNEL = "ocop:catalog:forget"

/** Products whose cards changed, for the search engine, in the transaction that changed them. */
async function queueForSearch(knex: Knex, productIds: string[]) {
  for (let start = 0; start < productIds.length; start += INSERT_SLICE) {
    const slice = productIds.slice(start, start + INSERT_SLICE)
    await knex.raw(
      `INSERT INTO search_pending (product_id, queued_at) SELECT unnest(?::text[]), clock_timestamp()
       ON CONFLICT (product_id) DO UPDATE SET queued_at = excluded.queued_at, deleted_at = NULL`,
      [slice]
    )
  }
}

class CatalogModuleService extends MedusaService({ ProductCard, FacetValue, FacetCount, SearchPending, SearchReindex }) {
  private readonly pages = new Map<string, { at: number; page: CatalogPage }>()
  private places: { at: number; rows: Promise<NamedPlace[]> } | null = null
  /** How many times the answers were forgotten: a read that began before a forget does not keep its answer. */
  private forgotten = 0
  /**
   * How long an answer may be served from memory. Every card write clears the cache of the process
   * that made it at once, and of every other backend process through Redis when there is one
   * (CATALOG_FORGET_CHANNEL); the TTL bounds how stale a page can be when that signal is lost (Redis
   * unreachable at the moment of the write) or when there is no Redis and a second process wrote.
   * Read as the module starts, not as this file loads: a test sets it for its own server.
   */
  private readonly cacheMs = Number(process.env.CATALOG_CACHE_MS ?? 5_000)
  private readonly searchOutbox: boolean
  private readonly logger: Logger
  private readonly broadcast: RedisBroadcast | null

  constructor(cradle: Record<string, unknown>, options: CatalogModuleOptions = {}) {
    super(cradle, options)
    this.searchOutbox = Boolean(options.search_outbox)
    this.logger = cradle.logger as Logger
    this.broadcast = options.redis_url
      ? new RedisBroadcast(options.redis_url, CATALOG_FORGET_CHANNEL, (message) => this.logger.warn(message))
      : null
  }

  /** Every process (server, worker, shared) listens from its start, whichever of them writes cards. */
  __hooks = {
    onApplicationStart: async () => {
      await this.broadcast?.listen(() => this.forgetHere())
    },
    onApplicationShutdown: async () => {
      this.broadcast?.close()
    },
  }

  /**
   * One page of cards, the total and every facet's counts in two statements. The facets come
   * from one scan of the matching cards grouped by every facet at once (GROUPING SETS); each
   * facet's count ignores its own selection, so the other values stay visible.
   *
   * Words match as typed (folded) first; when fewer than SIMILAR_BELOW cards have them all, the
   * search is made again taking also the cards whose dialect key is like the query's (dialect
   * spellings, doubled letters, typos): `matched: "similar"`.
   */
  @InjectManager()
  async searchCards(query: CardQuery, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<CatalogPage> {
    const key = JSON.stringify(query)
    const cached = this.pages.get(key)
    if (cached && Date.now() - cached.at < this.cacheMs) return cached.page
    const forgotten = this.forgotten

    const knex = sharedContext.manager!.getKnex()
    let page = await matchingCards(knex, query, "exact")
    if (query.key && page.count < SIMILAR_BELOW) {
      // The threshold of `<%` (the operator the key's trigram index answers) holds for this transaction only.
      // So does the ban on a sequential scan: the planner counts word_similarity as one cheap operator,
      // while it costs ~12 µs a card, so it would test every card (100 ms at 10,000) rather than read
      // the key's trigram index and test only the few hundred it names (25 ms, bench:search).
      const similar = await knex.transaction(async (trx) => {
        await trx.raw(`SET LOCAL pg_trgm.word_similarity_threshold = ${SIMILARITY}`)
        await trx.raw("SET LOCAL enable_seqscan = off")
        return matchingCards(trx, query, "similar")
      })
      if (similar.count > page.count) page = similar
    }

    // A page read while a card write committed may show the cards before it: served once, not kept.
    if (this.cacheMs > 0 && forgotten === this.forgotten) {
      if (this.pages.size >= CACHE_ENTRIES) this.pages.delete(this.pages.keys().next().value!)
      this.pages.set(key, { at: Date.now(), page })
    }
    return page
  }
  /** What a listed product's page shows, by its handle, in one indexed read; null when it is not listed. */
  @InjectManager()
  async productDetail(
    handle: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ProductDetail | null> {
    const { rows } = await sharedContext
      .manager!.getKnex()
      .raw("SELECT detail FROM product_card WHERE handle = ? AND deleted_at IS NULL AND detail IS NOT NULL", [handle])
    return (rows[0]?.detail as ProductDetail | undefined) ?? null
  }

  /**
   * How many products are listed and how many producers they belong to, and when the newest card
   * changed: one scan, for the sitemap's plan.
   */
  @InjectManager()
  async countListed(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ products: number; producers: number; updated_at: Date | null }> {
    const { rows } = await sharedContext.manager!.getKnex().raw(
      `SELECT count(*)::int AS products, count(DISTINCT producer_handle)::int AS producers, max(updated_at) AS updated_at
       FROM product_card WHERE deleted_at IS NULL`
    )
    return rows[0]
  }

  /**
   * A page of the listed products' handles with when each card last changed, in the order of the
   * primary key (read along its index, no sort), selecting only those two columns: the sitemap of a
   * catalog of any size, 50,000 at a time.
   */
  @InjectManager()
  async listListedHandles(page: { offset: number; limit: number }, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const { rows } = await sharedContext
      .manager!.getKnex()
      .raw(`SELECT handle, updated_at FROM product_card WHERE deleted_at IS NULL ORDER BY id LIMIT ? OFFSET ?`, [
        page.limit,
        page.offset,
      ])
    return rows as { handle: string; updated_at: Date }[]
  }

  /** A page of the producers with a listed product (by handle), with when their newest card changed. */
  @InjectManager()
  async listListedProducers(
    page: { offset: number; limit: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const { rows } = await sharedContext.manager!.getKnex().raw(
      `SELECT producer_handle AS handle, max(updated_at) AS updated_at FROM product_card
       WHERE deleted_at IS NULL AND producer_handle IS NOT NULL
       GROUP BY producer_handle ORDER BY producer_handle LIMIT ? OFFSET ?`,
      [page.limit, page.offset]
    )
    return rows as { handle: string; updated_at: Date }[]
  }

  /**
   * Every producer and commune with listed products and their counts, from the facet counts the card
   * writer keeps (catalog_facet_count: one row per combination of facet values, at most one per card)
   * and the facet values' names, in one statement. Every pause in typing asks for them, and they change
   * only with a card: kept like a page, and forgotten with the pages by every card write.
   */
  @InjectManager()
  async listNamedPlaces(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<NamedPlace[]> {
    if (this.places && Date.now() - this.places.at < this.cacheMs) return this.places.rows
    const rows = sharedContext
      .manager!.getKnex()
      .raw(
        `SELECT named.facet, named.value, named.label, counted.cards::int AS count
         FROM (
           -- Codes are unique across facets: one column per grouping set, the other null.
           SELECT COALESCE(producer_code, commune_code) AS code, sum(cards) AS cards
           FROM catalog_facet_count
           GROUP BY GROUPING SETS ((producer_code), (commune_code))
         ) AS counted
         JOIN catalog_facet_value AS named ON named.code = counted.code AND named.deleted_at IS NULL
         WHERE counted.cards > 0 AND named.facet IN ('producer', 'commune')`
      )
      .then(({ rows }: { rows: NamedPlace[] }) => rows)
    const kept = { at: Date.now(), rows }
    if (this.cacheMs > 0) this.places = kept
    // A failed read is not kept: the next keystroke tries again.
    rows.catch(() => {
      if (this.places === kept) this.places = null
    })
    return rows
  }

  /**
   * A write's answers: no page or name list read before it may be served after it, by this process
   * (at once) or by any other (when told through Redis, a moment later).
   */
  private async forgetAnswers() {
    this.forgetHere()
    await this.broadcast?.signal().catch((error: Error) => {
      this.logger.warn(`Other backend processes keep their catalog answers up to ${this.cacheMs} ms: ${error.message}`)
    })
  }

  private forgetHere() {
    this.forgotten++
    this.pages.clear()
    this.places = null
  }

  /**
   * Makes the cards of these products exactly `cards`: upserts those given, deletes the others.
   * A card keeps the moment it was first listed. Returns the rows it replaced, for compensation.
   */
  async replaceCards(productIds: string[], cards: CardInput[]) {
    try {
      return await this.replaceCards_(productIds, cards)
    } finally {
      // After the commit: a page cached earlier must not outlive the change.
      await this.forgetAnswers()
    }
  }

  @InjectTransactionManager()
  protected async replaceCards_(
    productIds: string[],
    cards: CardInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const knex = inTransaction(sharedContext)
    if (!productIds.length) return { previous: [], changed: 0 }
    const previous = await knex("product_card").whereIn("id", productIds).select("*")
    const keep = new Set(cards.map((card) => card.id))
    const gone = productIds.filter((id) => !keep.has(id))
    let changed = gone.length ? await knex("product_card").whereIn("id", gone).delete() : 0
    const now = new Date()
    const combinationBefore = new Map(previous.map((row: Record<string, unknown>) => [row.id as string, facetCombination(row)]))
    let combinationsChanged = gone.some((id) => combinationBefore.has(id))
    // In slices: PostgreSQL takes at most 65,535 parameters per statement (~25 per card).
    for (let start = 0; start < cards.length; start += INSERT_SLICE) {
      const slice = await withFacetCodes(knex, cards.slice(start, start + INSERT_SLICE))
      combinationsChanged ||= slice.some((card) => facetCombination(card) !== combinationBefore.get(card.id))
      const content = Object.keys(slice[0]).filter((column) => column !== "id")
      const written = await knex("product_card")
        .insert(slice.map((card) => ({ ...asRow(card), listed_at: now, created_at: now, updated_at: now, deleted_at: null })))
        .onConflict("id")
        .merge([...content, "updated_at", "deleted_at"])
        // An unchanged card is left alone: a full re-sync then rewrites (and bloats) nothing.
        .whereRaw(
          `(${content.map((c) => `product_card.${c}`).join(", ")}) IS DISTINCT FROM (${content.map((c) => `excluded.${c}`).join(", ")})`
        )
        .returning("id")
      changed += written.length
    }
    // Most writes (a price, a title, stock that does not run out) move no card between combinations.
    if (combinationsChanged) await recountFacets(knex)
    // After a bulk change the planner needs fresh statistics to keep choosing the right plans.
    if (cards.length + gone.length >= ANALYZE_AFTER) await knex.raw("ANALYZE product_card")
    if (this.searchOutbox && changed) await queueForSearch(knex, productIds)
    // `changed` counts cards added, rewritten or removed: zero when nothing a shopper sees moved.
    return { previous: previous as (CardInput & { listed_at: Date })[], changed }
  }

  /** Compensation of replaceCards: the given products' cards go back to exactly these rows. */
  async restoreCards(productIds: string[], rows: Record<string, unknown>[]) {
    try {
      await this.restoreCards_(productIds, rows)
    } finally {
      await this.forgetAnswers()
    }
  }

  @InjectTransactionManager()
  protected async restoreCards_(
    productIds: string[],
    rows: Record<string, unknown>[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const knex = inTransaction(sharedContext)
    if (!productIds.length) return
    await knex("product_card").whereIn("id", productIds).delete()
    for (let start = 0; start < rows.length; start += INSERT_SLICE) {
      await knex("product_card").insert(rows.slice(start, start + INSERT_SLICE).map(asRow))
    }
    await recountFacets(knex)
    if (this.searchOutbox) await queueForSearch(knex, productIds)
  }

  /** The oldest products waiting for the search engine (of `product_ids` if given), with when each was queued. */
  @InjectManager()
  async searchBacklog(
    { limit, product_ids }: { limit: number; product_ids?: string[] },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const { rows } = await sharedContext.manager!.getKnex().raw(
      `SELECT product_id, queued_at::text AS queued_at FROM search_pending WHERE deleted_at IS NULL ${product_ids ? "AND product_id = ANY(?)" : ""}
         ORDER BY queued_at LIMIT ?`,
      [...(product_ids ? [product_ids] : []), limit]
    )
    // queued_at as PostgreSQL's text: microseconds, which a JS Date would round away before clearSearchBacklog compares it.
    return rows as { product_id: string; queued_at: string }[]
  }

  /** Done with these entries: removed unless their product was queued again since (a newer change still to push). */
  @InjectManager()
  async clearSearchBacklog(
    entries: { product_id: string; queued_at: string }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    if (!entries.length) return
    await sharedContext.manager!.getKnex().raw(
      `DELETE FROM search_pending AS p USING unnest(?::text[], ?::timestamptz[]) AS done(product_id, queued_at)
       WHERE p.product_id = done.product_id AND p.queued_at = done.queued_at`,
      [entries.map((e) => e.product_id), entries.map((e) => e.queued_at)]
    )
  }

  /** The listed cards of these products as the search index needs them (a product without one is not listed). */
  @InjectManager()
  async indexedCards(productIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!productIds.length) return []
    const { rows } = await sharedContext
      .manager!.getKnex()
      .raw(`SELECT ${INDEXED_COLUMNS.join(", ")} FROM product_card WHERE id = ANY(?) AND deleted_at IS NULL`, [productIds])
    return rows as Record<(typeof INDEXED_COLUMNS)[number], unknown>[]
  }

  /** A page of every listed card as the search index needs them, in id order after `after`: a full reindex. */
  @InjectManager()
  async indexedCardsAfter(after: string, limit: number, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const { rows } = await sharedContext
      .manager!.getKnex()
      .raw(`SELECT ${INDEXED_COLUMNS.join(", ")} FROM product_card WHERE id > ? AND deleted_at IS NULL ORDER BY id LIMIT ?`, [
        after,
        limit,
      ])
    return rows as Record<(typeof INDEXED_COLUMNS)[number], unknown>[]
  }

  /**
   * The cards of these products in the given order, leaving out any no longer listed: what a search
   * engine's hits become (one indexed read; an index lagging a delisting never shows the product).
   */
  @InjectManager()
  async cardsInOrder(productIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<CatalogCard[]> {
    if (!productIds.length) return []
    const { rows } = await sharedContext
      .manager!.getKnex()
      .raw(`SELECT ${CARD_COLUMNS.join(", ")} FROM product_card WHERE id = ANY(?) AND deleted_at IS NULL`, [productIds])
    const byId = new Map((rows as CatalogCard[]).map((card) => [card.id, card]))
    return productIds.flatMap((id) => byId.get(id) ?? [])
  }

  /** A reindex is building `indexUid` (again, after each batch): card changes are pushed to it too until it ends. */
  @InjectManager()
  async beatSearchReindex(indexUid: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await sharedContext.manager!.getKnex().raw(
      `INSERT INTO search_reindex (index_uid, beat_at) VALUES (?, now())
       ON CONFLICT (index_uid) DO UPDATE SET beat_at = now(), deleted_at = NULL`,
      [indexUid]
    )
  }

  /** The reindex of `indexUid` ended (swapped in, or failed): changes go to the live index alone. */
  @InjectManager()
  async endSearchReindex(indexUid: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await sharedContext.manager!.getKnex().raw("DELETE FROM search_reindex WHERE index_uid = ?", [indexUid])
  }

  /** The indexes a live reindex is building: its beat is recent (a killed one's is not). */
  @InjectManager()
  async searchIndexesBuilding(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const { rows } = await sharedContext
      .manager!.getKnex()
      .raw("SELECT index_uid FROM search_reindex WHERE deleted_at IS NULL AND beat_at > now() - make_interval(secs => ?)", [
        SEARCH_REINDEX_STALE_MS / 1000,
      ])
    return rows.map((row: { index_uid: string }) => row.index_uid)
  }

  /** How many products wait for the search engine. */
  @InjectManager()
  async searchBacklogSize(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const { rows } = await sharedContext
      .manager!.getKnex()
      .raw("SELECT count(*)::int AS n FROM search_pending WHERE deleted_at IS NULL")
    return rows[0].n
  }

  /** The crash-repair sweep recomputed these cards from what was stored at `at` (queries/crash-leftovers.ts). */
  @InjectTransactionManager()
  async markCardsChecked(productIds: string[], at: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (productIds.length) await inTransaction(sharedContext)("product_card").whereIn("id", productIds).update({ checked_at: at })
  }
}

export default CatalogModuleService
