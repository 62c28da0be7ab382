import { model } from "@medusajs/framework/utils"
import { VIOLATION_GROUNDS, VIOLATION_STATUSES } from "@ocop/contracts"
import { ViolationAnswer } from "./violation-answer"

/**
 * A failed checklist item as a violation on a legal ground: what the 12-month repeat rule counts.
 * Without a certificate when the inspection saw no certified product.
 */
export const Violation = model
  .define("violation", {
    id: model.id({ prefix: "viol" }).primaryKey(),
    producer_id: model.text(),
    certificate_id: model.text().nullable(),
    inspection_id: model.text(),
    inspection_item_id: model.text(),
    ground: model.enum([...VIOLATION_GROUNDS]),
    found_on: model.dateTime(),
    correct_by: model.dateTime(),
    status: model.enum([...VIOLATION_STATUSES]).default("open"),
    resolved_at: model.dateTime().nullable(),
    resolution_note: model.text().nullable(),
    answers: model.hasMany(() => ViolationAnswer, { mappedBy: "violation" }),
  })
  .cascades({ delete: ["answers"] })
  .indexes([{ on: ["producer_id", "found_on"] }, { on: ["status"] }, { on: ["certificate_id"] }])
