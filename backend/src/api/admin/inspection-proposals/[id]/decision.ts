import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inspectionRecords } from "../../../../queries/inspections"
import { decideProposalWorkflow, type DecideProposalInput } from "../../../../workflows/inspection/decide-proposal"

/** Confirm and dismiss differ only in the decision; both answer the inspection as it now stands. */
export const decisionRoute =
  (decision: DecideProposalInput["decision"]) =>
  async (req: AuthenticatedMedusaRequest<{ reason?: string | null }>, res: MedusaResponse) => {
    const { result } = await decideProposalWorkflow(req.scope).run({
      input: { id: req.params.id, decision, reason: req.validatedBody?.reason, actor: req.auth_context.actor_id },
    })
    const { inspections } = await inspectionRecords(req.scope, { id: result.inspection_id }, { limit: 1, offset: 0 })
    res.json({ proposal: inspections[0]?.proposals.find((p) => p.id === result.id), inspection: inspections[0] })
  }
