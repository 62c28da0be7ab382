import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ERROR_CODES, lineCommission, monthEnded, monthText, settlementTotals } from "@ocop/contracts"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import type { NewSettlementStatement } from "../../modules/settlement/service"
import { monthSales } from "../../queries/settlement-sales"

/** Refused (400) while the month is still running in Vietnam: sales could still land in it. */
const assertMonthEndedStep = createStep("assert-settlement-month-ended", async (input: { period: string }) => {
  if (!monthEnded(input.period, new Date())) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Tháng ${monthText(input.period)} chưa kết thúc: chỉ quyết toán được tháng đã qua.`,
      ERROR_CODES.MONTH_NOT_ENDED
    )
  }
  return new StepResponse(undefined)
})

/**
 * Each producer's statement for the month, from its sales and its commission rate now; producers
 * whose statement exists already (the month closed before) are left as they are.
 */
const monthStatementsStep = createStep("settlement-month-statements", async (input: { period: string }, { container }) => {
  const existing = await container
    .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    .listSettlementStatements({ period: input.period }, { select: ["producer_id"] })
  const closed = new Set(existing.map((statement) => statement.producer_id))
  const sales = (await monthSales(container, input.period)).filter((sale) => !closed.has(sale.producer_id))
  const producerIds = [...new Set(sales.map((sale) => sale.producer_id))]
  const producers = producerIds.length
    ? await container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .listProducers({ id: producerIds }, { select: ["id", "commission_bps"] })
    : []
  const statements = producers.map((producer): NewSettlementStatement => {
    const lines = sales
      .filter((sale) => sale.producer_id === producer.id)
      .map(({ producer_id: _, ...sale }) => ({ ...sale, commission: lineCommission(sale.amount, producer.commission_bps) }))
    return {
      producer_id: producer.id,
      period: input.period,
      commission_bps: producer.commission_bps,
      ...settlementTotals(lines),
      lines,
    }
  })
  return new StepResponse(statements)
})

const createStatementsStep = createStep(
  "create-settlement-statements",
  async (statements: NewSettlementStatement[], { container }) => {
    const ids = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).createStatementsWithLines(statements)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).deleteSettlementStatements(ids)
  }
)

/**
 * Closes a calendar month (issue 16): one statement per producer that sold something in it, with a
 * line per sale and its commission. Idempotent: under the month's lock, a producer whose statement
 * exists is skipped, so closing twice (the office and the monthly job, or a retry) adds nothing.
 */
export const closeSettlementMonthWorkflow = createWorkflow("close-settlement-month", (input: { period: string }) => {
  assertMonthEndedStep(input)
  const lockKey = transform({ input }, ({ input }) => `settlement-month:${input.period}`)
  acquireLockStep({ key: lockKey, timeout: 60, ttl: 300 })
  const statements = monthStatementsStep(input)
  const ids = createStatementsStep(statements)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(ids)
})
