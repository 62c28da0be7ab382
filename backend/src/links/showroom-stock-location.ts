import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ShowroomModule from "../modules/showroom"

// The showroom's shelf: its stock is Medusa inventory at this location (not in the online store's channel).
export default defineLink(ShowroomModule.linkable.showroom, StockLocationModule.linkable.stockLocation)
