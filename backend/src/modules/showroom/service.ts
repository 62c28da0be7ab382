import { MedusaService } from "@medusajs/framework/utils"
import { Showroom } from "./models/showroom"
import { ShowroomStaff } from "./models/showroom-staff"
import { StockMovement } from "./models/stock-movement"

class ShowroomModuleService extends MedusaService({ Showroom, ShowroomStaff, StockMovement }) {}

export default ShowroomModuleService
