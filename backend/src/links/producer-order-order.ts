import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProducerModule from "../modules/producer"

// A producer's part of an order points at the customer's order by id (no link table needed).
export default defineLink({ linkable: ProducerModule.linkable.producerOrder, field: "order_id" }, OrderModule.linkable.order, {
  readOnly: true,
})
