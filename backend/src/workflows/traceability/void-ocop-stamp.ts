import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/contracts"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { formatStampCode, normalizeStampCode } from "../../modules/traceability/stamp-code"

const voidStampStep = createStep(
  "void-ocop-stamp",
  async (input: { producer_id: string; code: string; reason: string }, { container }) => {
    const stamps = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const code = normalizeStampCode(input.code)
    const [stamp] = code ? await stamps.listStamps({ code }, { relations: ["batch"] }) : []
    if (!stamp || stamp.batch.producer_id !== input.producer_id) {
      // Only a code read as one is repeated back: never what was typed in its place.
      const named = code ? `tem ${formatStampCode(code)}` : "tem có mã này"
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Không tìm thấy ${named} của cơ sở bạn: hãy đối chiếu lại mã in trên tem.`,
        ERROR_CODES.STAMP_UNKNOWN
      )
    }
    if (stamp.status === "voided") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tem này đã bị huỷ trước đó.")
    const before = { id: stamp.id, status: stamp.status, voided_at: stamp.voided_at, void_reason: stamp.void_reason }
    const voided = await stamps.updateStamps({ id: stamp.id, status: "voided", voided_at: new Date(), void_reason: input.reason })
    return new StepResponse(voided, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).updateStamps(before)
  }
)

/** A lost, damaged or misused stamp: the trace page warns and the counter will not sell by it. */
export const voidStampWorkflow = createWorkflow(
  "void-ocop-stamp",
  (input: { producer_id: string; code: string; reason: string }) => {
    return new WorkflowResponse(voidStampStep(input))
  }
)
