import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// The product a recognition decision is about; its certified SKUs are that product's variants.
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.certificate,
  isList: true,
})
