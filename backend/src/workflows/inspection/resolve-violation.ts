import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ERROR_CODES } from "@ocop/contracts"
import { INSPECTION_MODULE } from "../../modules/inspection"
import type InspectionModuleService from "../../modules/inspection/service"
import { notFound } from "../../queries/producer-scope"
import { violationLockKey } from "./answer-violation"

export type ResolveViolationInput = { id: string; note?: string | null }

const resolveViolationStep = createStep(
  "resolve-violation",
  async (input: ResolveViolationInput, { container }) => {
    const inspections = container.resolve<InspectionModuleService>(INSPECTION_MODULE)
    const [violation] = await inspections.listViolations({ id: input.id }, { select: ["id", "status"] })
    if (!violation) throw notFound("vi phạm này")
    if (violation.status !== "open")
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Vi phạm này đã được xác nhận khắc phục.",
        ERROR_CODES.VIOLATION_CLOSED
      )
    const resolved = await inspections.updateViolations({
      id: input.id,
      status: "resolved",
      resolved_at: new Date(),
      resolution_note: input.note ?? null,
    })
    return new StepResponse(resolved, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<InspectionModuleService>(INSPECTION_MODULE)
      .updateViolations({ id, status: "open", resolved_at: null, resolution_note: null })
  }
)

/**
 * The office, having read the producer's answers, marks a violation corrected. Keeping it open is doing
 * nothing: it stays open, past its deadline in red, and counts towards the 12-month repeat rule either way.
 */
export const resolveViolationWorkflow = createWorkflow("resolve-violation", (input: ResolveViolationInput) => {
  const lockKey = transform({ input }, ({ input }) => violationLockKey(input.id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const violation = resolveViolationStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(violation)
})
