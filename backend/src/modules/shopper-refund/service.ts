import { MedusaService } from "@medusajs/framework/utils"
import { ShopperRefund } from "./models/shopper-refund"

export default class ShopperRefundModuleService extends MedusaService({ ShopperRefund }) {}
