import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { BankTransferProviderService } from "./service"

/** Registered under the payment module as id "bank-transfer": provider id `pp_bank-transfer_bank-transfer`. */
export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer"

export default ModuleProvider(Modules.PAYMENT, { services: [BankTransferProviderService] })
