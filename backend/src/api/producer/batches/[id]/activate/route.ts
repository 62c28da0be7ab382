import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerBatch, shapeBatches } from "../../../../../queries/production-batches"
import { activateBatchWorkflow } from "../../../../../workflows/traceability/activate-production-batch"
import { producerForWrite } from "../../../context"

/** The batch goes on sale: its printed stamps become valid. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  await activateBatchWorkflow(req.scope).run({ input: { producer_id: producer.id, batch_id: req.params.id } })
  const [batch] = await shapeBatches(req.scope, [await producerBatch(req.scope, producer.id, req.params.id)])
  res.json({ batch })
}
