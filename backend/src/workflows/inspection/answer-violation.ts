import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ERROR_CODES } from "@ocop/contracts"
import type { AnswerViolationBody } from "@ocop/contracts/schemas"
import { INSPECTION_MODULE } from "../../modules/inspection"
import type InspectionModuleService from "../../modules/inspection/service"
import { notFound } from "../../queries/producer-scope"
import { assertEvidenceStored } from "./evidence"

export type AnswerViolationInput = AnswerViolationBody & { violation_id: string; producer_id: string; member_id: string }

/** Lock key shared by everything that writes to one violation: an answer and the office's resolution. */
export const violationLockKey = (id: string) => `violation:${id}`

const createViolationAnswerStep = createStep(
  "create-violation-answer",
  async (input: AnswerViolationInput, { container }) => {
    const inspections = container.resolve<InspectionModuleService>(INSPECTION_MODULE)
    // Another producer's violation is answered as if it did not exist.
    const [violation] = await inspections.listViolations(
      { id: input.violation_id, producer_id: input.producer_id },
      { select: ["id", "status"] }
    )
    if (!violation) throw notFound("vi phạm này")
    if (violation.status !== "open")
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Vi phạm này đã được Văn phòng Điều phối xác nhận khắc phục; không cần gửi thêm trả lời.",
        ERROR_CODES.VIOLATION_CLOSED
      )
    await assertEvidenceStored(container, input.evidence)
    const answer = await inspections.createViolationAnswers({
      violation_id: violation.id,
      text: input.text,
      evidence: input.evidence,
      answered_by: input.member_id,
    })
    return new StepResponse(answer, answer.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<InspectionModuleService>(INSPECTION_MODULE).deleteViolationAnswers(id)
  }
)

/** A producer answers an open violation of its own: what it did to correct it, with evidence files. */
export const answerViolationWorkflow = createWorkflow("answer-violation", (input: AnswerViolationInput) => {
  // The office resolving it at the same moment would otherwise leave an answer on a closed violation.
  const lockKey = transform({ input }, ({ input }) => violationLockKey(input.violation_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const answer = createViolationAnswerStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(answer)
})
