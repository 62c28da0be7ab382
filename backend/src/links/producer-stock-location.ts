import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProducerModule from "../modules/producer"

// The producer's own warehouse: its stock for online orders, and where its parcels leave from.
export default defineLink(ProducerModule.linkable.producer, StockLocationModule.linkable.stockLocation)
