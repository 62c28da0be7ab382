import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shapeStamp } from "../../../../../queries/production-batches"
import { voidStampWorkflow } from "../../../../../workflows/traceability/void-ocop-stamp"
import { producerForWrite } from "../../../context"
import type { VoidStampBody } from "@ocop/contracts/schemas"

/** A lost, damaged or misused stamp of this producer's: the trace page warns, the counter refuses it. */
export const POST = async (req: AuthenticatedMedusaRequest<VoidStampBody>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  const { result } = await voidStampWorkflow(req.scope).run({
    input: { producer_id: producer.id, code: req.params.code, reason: req.validatedBody.reason },
  })
  res.json({ stamp: shapeStamp(result) })
}
