import { MedusaService } from "@medusajs/framework/utils"
import { IncomingTransfer } from "./models/incoming-transfer"

export default class ReconciliationModuleService extends MedusaService({ IncomingTransfer }) {}
