import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import ShowroomModule from "../modules/showroom"

// The counter's own channel: POS sales are orders in it, apart from the online store's.
export default defineLink(ShowroomModule.linkable.showroom, SalesChannelModule.linkable.salesChannel)
