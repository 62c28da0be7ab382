import { Module } from "@medusajs/framework/utils"
import DeliveryFeeModuleService from "./service"

/** The office's delivery fee table: a flat fee per parcel, and provinces with their own. */
export const DELIVERY_FEE_MODULE = "delivery_fee"

export default Module(DELIVERY_FEE_MODULE, { service: DeliveryFeeModuleService })
