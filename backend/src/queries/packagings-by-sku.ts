import type { IProductModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** Lines named by SKU (or barcode, as a scanner types it), as variant lines; 404 naming an unknown code. */
export async function linesBySku<L extends { sku: string }>(container: MedusaContainer, lines: L[]) {
  const codes = [...new Set(lines.map((line) => line.sku))]
  const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const variants = await products.listProductVariants(
    { $or: [{ sku: codes }, { barcode: codes }] },
    { select: ["id", "sku", "barcode"] }
  )
  return lines.map(({ sku, ...line }) => {
    const variant = variants.find((v) => v.sku === sku || v.barcode === sku)
    if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có sản phẩm nào mang mã ${sku}.`)
    return { ...line, variant_id: variant.id }
  })
}
