import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ERROR_CODES } from "@ocop/contracts"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"

/** The open statement paid, with the payout's bank reference; undone, it reads open again. */
const markStatementPaidStep = createStep(
  "mark-settlement-statement-paid",
  async (input: { id: string; payout_reference: string }, { container }) => {
    const settlements = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const [statement] = await settlements.listSettlementStatements({ id: input.id }, { select: ["id", "status"] })
    if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy bảng quyết toán.")
    if (statement.status === "paid") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Bảng quyết toán này đã được chi trả: không sửa được nữa.",
        ERROR_CODES.STATEMENT_PAID
      )
    }
    await settlements.updateSettlementStatements({
      id: input.id,
      status: "paid",
      payout_reference: input.payout_reference,
      paid_at: new Date(),
    })
    return new StepResponse(undefined, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
      .updateSettlementStatements({ id, status: "open", payout_reference: null, paid_at: null })
  }
)

/**
 * The office paid a producer its balance (issue 16). Under the statement's lock, so two clerks
 * marking it at once record one payout; a paid statement is refused (400) and never changes.
 */
export const markStatementPaidWorkflow = createWorkflow(
  "mark-settlement-statement-paid",
  (input: { id: string; payout_reference: string }) => {
    const lockKey = transform({ input }, ({ input }) => `settlement-statement:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    markStatementPaidStep(input)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(undefined)
  }
)
