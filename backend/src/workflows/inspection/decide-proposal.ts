import { MedusaError } from "@medusajs/framework/utils"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, PROPOSAL_ACTION_LABELS, PROPOSAL_STATUS_LABELS, type ProposalAction } from "@ocop/contracts"
import { INSPECTION_MODULE } from "../../modules/inspection"
import type InspectionModuleService from "../../modules/inspection/service"
import type { CertificateAction } from "../../modules/ocop/transitions"
import { changeCertificateStatusWorkflow } from "../certification/change-certificate-status"

export type DecideProposalInput = { id: string; decision: "confirmed" | "dismissed"; reason?: string | null; actor: string }

/** What confirming each proposal does to its certificate; a warning changes nothing there. */
const CERTIFICATE_ACTION: Record<ProposalAction, CertificateAction | null> = {
  warning: null,
  suspension: "suspend",
  revocation: "revoke",
  reinstatement: "reinstate",
}

/** Marks the proposal decided, once: a decided proposal stays as decided. */
const decideProposalStep = createStep(
  "decide-inspection-proposal",
  async (input: DecideProposalInput, { container }) => {
    const inspections = container.resolve<InspectionModuleService>(INSPECTION_MODULE)
    const [proposal] = await inspections.listInspectionProposals({ id: input.id })
    if (!proposal) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đề xuất này.")
    if (proposal.status !== "proposed")
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Đề xuất này đã được quyết định (${PROPOSAL_STATUS_LABELS[proposal.status].toLowerCase()}); không quyết định lại.`,
        ERROR_CODES.PROPOSAL_DECIDED
      )
    const decided = await inspections.updateInspectionProposals({
      id: input.id,
      status: input.decision,
      decided_by: input.actor,
      decided_at: new Date(),
      reason: input.reason ?? null,
    })
    return new StepResponse(decided, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<InspectionModuleService>(INSPECTION_MODULE)
      .updateInspectionProposals({ id, status: "proposed", decided_by: null, decided_at: null, reason: null })
  }
)

/**
 * The office confirms or dismisses what an inspection proposed. Confirming a suspension, revocation or
 * reinstatement runs the certificate's status change, so the listing, feeds and carts follow in the
 * same request; if the certificate refuses the change, the proposal stays undecided.
 */
export const decideProposalWorkflow = createWorkflow("decide-inspection-proposal", (input: DecideProposalInput) => {
  // Two decisions at once would both find the proposal undecided: the second waits, then is refused.
  const lockKey = transform({ input }, ({ input }) => `inspection-proposal:${input.id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const proposal = decideProposalStep(input)
  const change = transform({ proposal, input }, ({ proposal, input }) => ({
    id: proposal.certificate_id,
    action: input.decision === "confirmed" ? CERTIFICATE_ACTION[proposal.action] : null,
    reason: `${PROPOSAL_ACTION_LABELS[proposal.action]} sau kiểm tra: ${proposal.why}${input.reason ? ` ${input.reason}` : ""}`,
  }))
  when({ change }, ({ change }) => change.action !== null).then(() => {
    changeCertificateStatusWorkflow.runAsStep({
      input: transform({ change }, ({ change }) => ({ id: change.id, action: change.action!, reason: change.reason })),
    })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(proposal)
})
