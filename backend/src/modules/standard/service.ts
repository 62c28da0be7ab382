import { MedusaService } from "@medusajs/framework/utils"
import { PublishedStandard } from "./models/published-standard"

class StandardModuleService extends MedusaService({ PublishedStandard }) {}

export default StandardModuleService
