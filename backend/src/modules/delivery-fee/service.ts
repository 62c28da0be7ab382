import { MedusaService } from "@medusajs/framework/utils"
import { DeliveryFee } from "./models/delivery-fee"

class DeliveryFeeModuleService extends MedusaService({ DeliveryFee }) {}

export default DeliveryFeeModuleService
