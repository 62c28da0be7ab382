import { model } from "@medusajs/framework/utils"
import { INSPECTION_CHECKS } from "@ocop/contracts"
import { Inspection } from "./inspection"

/** One checklist item's result, with the team's note and the names of the stored evidence files. */
export const InspectionItem = model.define("inspection_item", {
  id: model.id({ prefix: "inspitem" }).primaryKey(),
  check: model.enum([...INSPECTION_CHECKS]),
  result: model.enum(["passed", "failed"]),
  note: model.text().nullable(),
  evidence: model.array(),
  inspection: model.belongsTo(() => Inspection, { mappedBy: "items" }),
})
