import { model } from "@medusajs/framework/utils"
import { Certificate } from "./certificate"

/**
 * Exactly one packaging (SKU) a certificate covers — the answer to "certificates too generic".
 * Linked to its product variant in src/links/certified-sku-variant.ts.
 */
export const CertifiedSku = model.define("certified_sku", {
  id: model.id({ prefix: "ocsku" }).primaryKey(),
  packaging: model.text(), // quy cách, e.g. "Hộp 400 g"
  label_image_url: model.text().nullable(), // the label design registered at evaluation
  certificate: model.belongsTo(() => Certificate, { mappedBy: "skus" }),
})
