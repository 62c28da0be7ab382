import { MedusaService } from "@medusajs/framework/utils"
import { Inspection } from "./models/inspection"
import { InspectionItem } from "./models/inspection-item"
import { InspectionProposal } from "./models/inspection-proposal"
import { Violation } from "./models/violation"
import { ViolationAnswer } from "./models/violation-answer"

export default class InspectionModuleService extends MedusaService({
  Inspection,
  InspectionItem,
  Violation,
  ViolationAnswer,
  InspectionProposal,
}) {}
