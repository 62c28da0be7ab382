import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../../../modules/catalog"
import type CatalogModuleService from "../../../../modules/catalog/service"

/**
 * Everything a product page shows, from the catalog's read model: one indexed read by handle, whatever
 * the catalog's size (Medusa's `/store/products?handle=` filters through every listed product). A
 * product that is not listed, or no longer, answers 404 at once: its card leaves with the listing.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const detail = await req.scope.resolve<CatalogModuleService>(CATALOG_MODULE).productDetail(req.params.handle)
  if (!detail)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không tìm thấy sản phẩm này: có thể nó đã ngừng bán hoặc đường dẫn không đúng."
    )
  res.json({ product: detail })
}
