// What the header's search box lists while typing, and how the arrow keys move through it: pure, so
// the combobox component only renders and listens.
import type { CatalogSuggestions } from "@ocop/contracts"
import { catalogHref, EMPTY_QUERY } from "@/modules/products/catalog-query"

export type SuggestionGroup = "products" | "producers" | "communes"

/** One choice in the list: where choosing it leads, and what it shows. */
export type SuggestionOption = {
  /** Unique in the list: the element id aria-activedescendant names is built from it. */
  key: string
  group: SuggestionGroup
  label: string
  /** A second line: a price, a province, a count. */
  detail: string | null
  href: string
  thumbnail: string | null
  stars: number | null
}

export const GROUP_TITLES: Record<SuggestionGroup, string> = {
  products: "Sản phẩm",
  producers: "Nhà sản xuất",
  communes: "Xã/phường",
}

/**
 * The suggestions as the list shows them, group by group (products, producers, communes), each
 * option leading where choosing it should: the product page, the producer's page, the catalog
 * filtered by the commune. `price` formats đồng.
 */
export function suggestionOptions(suggestions: CatalogSuggestions, price: (amount: number) => string): SuggestionOption[] {
  return [
    ...suggestions.products.map(
      (p): SuggestionOption => ({
        key: `product-${p.handle}`,
        group: "products",
        label: p.title,
        detail: p.price_min === null ? null : `Từ ${price(p.price_min)}`,
        href: `/products/${p.handle}`,
        thumbnail: p.thumbnail,
        stars: p.stars,
      })
    ),
    ...suggestions.producers.map(
      (p): SuggestionOption => ({
        key: `producer-${p.handle}`,
        group: "producers",
        label: p.name,
        detail: `${p.count} sản phẩm`,
        href: `/producers/${p.handle}`,
        thumbnail: null,
        stars: null,
      })
    ),
    ...suggestions.communes.map(
      (c, index): SuggestionOption => ({
        key: `commune-${index}`,
        group: "communes",
        label: c.province ? `${c.name}, ${c.province}` : c.name,
        detail: `${c.count} sản phẩm`,
        href: catalogHref({ ...EMPTY_QUERY, communes: [c.name] }),
        thumbnail: null,
        stars: null,
      })
    ),
  ]
}

/**
 * The option active after an arrow key, in a list of `count` options (-1: none, the text box itself):
 * down from the last and up from the first go back to the text box, as the WAI-ARIA combobox pattern
 * allows, so the shopper can keep typing.
 */
export function movedActive(active: number, count: number, key: "ArrowDown" | "ArrowUp"): number {
  if (count === 0) return -1
  if (key === "ArrowDown") return active + 1 >= count ? -1 : active + 1
  return active <= -1 ? count - 1 : active - 1
}
