import type { CatalogCard } from "@ocop/contracts"
import ProductCard from "./product-card"

/** How many cards are in the first screen of a phone (two columns): those load eagerly. */
const EAGER_CARDS = 2

/**
 * A card's width on each screen, for its picture's `sizes`: two columns on phones, three from `md`,
 * and from `lg` at most ~270 px (three beside the catalog's filter column, or four `wide`, in the
 * page's 72rem).
 */
const CARD_SIZES = "(min-width: 1024px) 270px, (min-width: 768px) 33vw, 50vw"

/**
 * `wide`: the grid has the page's full width (no filter column beside it) and fits four cards a row.
 * `query`: the search the cards were found by, marked in their titles.
 */
export default function ProductGrid({
  cards,
  wide = false,
  query,
}: {
  cards: CatalogCard[]
  wide?: boolean
  query?: string | null
}) {
  return (
    <ul className={`grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3 ${wide ? "lg:grid-cols-4" : ""}`}>
      {cards.map((card, index) => (
        <li key={card.id} className="flex">
          <ProductCard card={card} sizes={CARD_SIZES} priority={index < EAGER_CARDS} query={query} />
        </li>
      ))}
    </ul>
  )
}
