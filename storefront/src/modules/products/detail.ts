// A product page as the store API's read model answers it (GET /store/catalog/:handle, docs/ARCHITECTURE.md):
// only packagings a valid certificate covers, only valid certificates, the producer and the showrooms
// holding it now, all in one read.

import type { ProducerProfile } from "@/lib/data/producer-profile"
import type { Certificate } from "@/modules/ocop/certificates"
import type { ShowroomStocking } from "@ocop/contracts"
import { stockState, type StockState } from "@/modules/products/stock"

export type DetailPackaging = {
  id: string
  title: string
  sku: string | null
  /** What the cart charges, in đồng (a sale price list included). */
  price: number | null
  /** The list price, when a sale lowers it. */
  original_price: number | null
  /** Units that may still be ordered online; null when not counted. */
  available: number | null
}

export type ProductDetail = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  images: string[]
  category: string | null
  option_title: string
  stars: number
  product_set: number
  packagings: DetailPackaging[]
  certificates: Certificate[]
  producer: ProducerProfile | null
  showrooms: ShowroomStocking[]
}

/** What a shopper is told about a packaging's stock. */
export function packagingStock(packaging: Pick<DetailPackaging, "available">): StockState {
  return packaging.available === null
    ? stockState({ manage_inventory: false })
    : stockState({ manage_inventory: true, inventory_quantity: packaging.available })
}
