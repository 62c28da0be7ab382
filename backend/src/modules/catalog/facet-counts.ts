/** The facet columns, in the order of GROUPING() bits (first column highest). */
export const FACET_COLUMNS = "stars, product_set, province_code, commune_code, producer_code, in_stock"

/** Fills catalog_facet_count from the listed cards (run on an empty table). */
export const RECOUNT_FACETS_SQL = `
  INSERT INTO catalog_facet_count (id, ${FACET_COLUMNS}, cards)
  SELECT 'cfc_' || replace(gen_random_uuid()::text, '-', ''), ${FACET_COLUMNS}, count(*)
  FROM product_card WHERE deleted_at IS NULL GROUP BY ${FACET_COLUMNS}`
