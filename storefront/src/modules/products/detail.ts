// A product page as the store API's read model answers it (GET /store/catalog/:handle, docs/ARCHITECTURE.md):
// only packagings a valid certificate covers, only valid certificates, the producer and the showrooms
// holding it now, all in one read (ProductDetail in @ocop/contracts).

import type { ProductPackaging } from "@ocop/contracts"
import { stockState, type StockState } from "@/modules/products/stock"

/** What a shopper is told about a packaging's stock. */
export function packagingStock(packaging: Pick<ProductPackaging, "available">): StockState {
  return packaging.available === null
    ? stockState({ manage_inventory: false })
    : stockState({ manage_inventory: true, inventory_quantity: packaging.available })
}
