/** The facet columns, in the order of GROUPING() bits (first column highest). */
export const FACET_COLUMN_LIST = ["stars", "product_set", "province_code", "commune_code", "producer_code", "in_stock"] as const
export const FACET_COLUMNS = FACET_COLUMN_LIST.join(", ")

/** Which combination of facet values a card counts under; "" for no card. */
export const facetCombination = (card: Partial<Record<(typeof FACET_COLUMN_LIST)[number], unknown>> | undefined) =>
  card ? FACET_COLUMN_LIST.map((column) => String(card[column] ?? null)).join("|") : ""

/** Fills catalog_facet_count from the listed cards (run on an empty table). */
export const RECOUNT_FACETS_SQL = `
  INSERT INTO catalog_facet_count (id, ${FACET_COLUMNS}, cards)
  SELECT 'cfc_' || replace(gen_random_uuid()::text, '-', ''), ${FACET_COLUMNS}, count(*)
  FROM product_card WHERE deleted_at IS NULL GROUP BY ${FACET_COLUMNS}`
