import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InspectionsQuery, RecordInspectionBody } from "@ocop/contracts/schemas"
import { inspectionRecords } from "../../../queries/inspections"
import { recordInspectionWorkflow } from "../../../workflows/inspection/record-inspection"

/** Inspections, newest first (of one producer when asked), with findings and proposals. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, InspectionsQuery>, res: MedusaResponse) => {
  const { producer_id, limit, offset } = req.validatedQuery
  res.json(await inspectionRecords(req.scope, producer_id ? { producer_id } : {}, { limit, offset }))
}

/** Records an inspection; answers it with the violations it found and what the rule proposes. */
export const POST = async (req: AuthenticatedMedusaRequest<RecordInspectionBody>, res: MedusaResponse) => {
  const { result } = await recordInspectionWorkflow(req.scope).run({ input: req.validatedBody })
  const { inspections } = await inspectionRecords(req.scope, { id: result.inspection.id }, { limit: 1, offset: 0 })
  res.status(201).json({ inspection: inspections[0] })
}
