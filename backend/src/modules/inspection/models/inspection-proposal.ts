import { model } from "@medusajs/framework/utils"
import { PROPOSAL_ACTIONS, PROPOSAL_STATUSES } from "@ocop/contracts"

/** What the rule (proposeAction) asks the office to decide about one certificate after an inspection. */
export const InspectionProposal = model
  .define("inspection_proposal", {
    id: model.id({ prefix: "prop" }).primaryKey(),
    certificate_id: model.text(),
    producer_id: model.text(),
    inspection_id: model.text(),
    action: model.enum([...PROPOSAL_ACTIONS]),
    grounds: model.array(),
    why: model.text(),
    status: model.enum([...PROPOSAL_STATUSES]).default("proposed"),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["producer_id"] }, { on: ["certificate_id"] }])
