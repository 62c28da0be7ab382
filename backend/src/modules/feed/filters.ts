/** Which listed products a feed holds; every list is "any of", an absent or empty list keeps all. */
export type FeedFilters = {
  provinces?: string[]
  stars?: (3 | 4 | 5)[]
  product_sets?: number[]
  /** Producer handles. */
  producers?: string[]
  in_stock_only?: boolean
}
