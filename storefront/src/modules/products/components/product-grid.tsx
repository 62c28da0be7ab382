import type { HttpTypes } from "@medusajs/types"
import ProductCard from "./product-card"

/** How many cards are in the first screen of a phone (two columns): those load eagerly. */
const EAGER_CARDS = 2

export default function ProductGrid({ products }: { products: HttpTypes.StoreProduct[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <ProductCard product={product} priority={index < EAGER_CARDS} />
        </li>
      ))}
    </ul>
  )
}
