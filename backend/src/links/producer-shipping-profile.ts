import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import ProducerModule from "../modules/producer"

// Every product of a producer uses its shipping profile, so a cart gets one parcel per producer.
export default defineLink(ProducerModule.linkable.producer, FulfillmentModule.linkable.shippingProfile)
