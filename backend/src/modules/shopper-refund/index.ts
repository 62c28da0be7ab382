import { Module } from "@medusajs/framework/utils"
import ShopperRefundModuleService from "./service"

export const SHOPPER_REFUND_MODULE = "shopperRefund"

export default Module(SHOPPER_REFUND_MODULE, { service: ShopperRefundModuleService })
