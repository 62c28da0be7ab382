import { MedusaService } from "@medusajs/framework/utils"
import { Certificate } from "./models/certificate"
import { CertifiedSku } from "./models/certified-sku"

class OcopModuleService extends MedusaService({ Certificate, CertifiedSku }) {}

export default OcopModuleService
