import type { CatalogCard } from "@/lib/data/catalog"
import ProductCard from "./product-card"

/** How many cards are in the first screen of a phone (two columns): those load eagerly. */
const EAGER_CARDS = 2

/** `wide`: the grid has the page's full width (no filter column beside it) and fits four cards a row. */
export default function ProductGrid({ cards, wide = false }: { cards: CatalogCard[]; wide?: boolean }) {
  return (
    <ul className={`grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3 ${wide ? "lg:grid-cols-4" : ""}`}>
      {cards.map((card, index) => (
        <li key={card.id} className="flex">
          <ProductCard card={card} priority={index < EAGER_CARDS} />
        </li>
      ))}
    </ul>
  )
}
