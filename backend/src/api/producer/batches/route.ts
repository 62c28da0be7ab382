import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { shapeBatches } from "../../../queries/production-batches"
import { createBatchWorkflow } from "../../../workflows/traceability/create-production-batch"
import { producerContext, producerForWrite } from "../context"
import type { BatchesQuery, NewBatchBody } from "@ocop/contracts/schemas"

/** This producer's production batches, newest first, with their stamps counted by status. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, BatchesQuery>, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const { limit, offset } = req.validatedQuery
  const [batches, count] = await req.scope
    .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    .listAndCountBatches({ producer_id: producer.id }, { take: limit, skip: offset, order: { created_at: "DESC" } })
  res.json({ batches: await shapeBatches(req.scope, batches), count })
}

/** A new batch of one of its certified packagings, with one printed stamp per unit. */
export const POST = async (req: AuthenticatedMedusaRequest<NewBatchBody>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  const { result } = await createBatchWorkflow(req.scope).run({
    input: { ...req.validatedBody, expires_on: req.validatedBody.expires_on ?? null, producer_id: producer.id },
  })
  const [batch] = await shapeBatches(req.scope, [result])
  res.status(201).json({ batch })
}
