import { model } from "@medusajs/framework/utils"
import { Violation } from "./violation"

/** A producer's answer to a violation: what it did to correct it, with the names of the stored evidence files. */
export const ViolationAnswer = model.define("violation_answer", {
  id: model.id({ prefix: "vans" }).primaryKey(),
  text: model.text(),
  evidence: model.array(),
  /** The producer member who answered. */
  answered_by: model.text(),
  violation: model.belongsTo(() => Violation, { mappedBy: "answers" }),
})
