import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// A variant may be covered by several certificates over time (re-recognition); each covered
// packaging (certified SKU) is exactly one variant.
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: OcopModule.linkable.certifiedSku,
  isList: true,
})
