import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inspectionRecords } from "../../../../queries/inspections"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { inspections } = await inspectionRecords(req.scope, { id: req.params.id }, { limit: 1, offset: 0 })
  if (!inspections[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy biên bản kiểm tra này.")
  res.json({ inspection: inspections[0] })
}
