import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import StandardModule from "../modules/standard"

// A product has many published versions of its standards; each version belongs to one product.
export default defineLink(ProductModule.linkable.product, {
  linkable: StandardModule.linkable.publishedStandard,
  isList: true,
})
