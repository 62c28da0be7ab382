import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

// A producer owns many products; a product has one producer.
export default defineLink(ProducerModule.linkable.producer, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
