import { Module } from "@medusajs/framework/utils"
import SettlementModuleService from "./service"

/** Producer settlements: monthly statements of what the marketplace and each producer owe each other. */
export const SETTLEMENT_MODULE = "settlement"

export default Module(SETTLEMENT_MODULE, { service: SettlementModuleService })
