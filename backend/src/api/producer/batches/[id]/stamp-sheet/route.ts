import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, stampTracePath } from "@ocop/contracts"
import type { StampSheetQuery } from "@ocop/contracts/schemas"
import { TRACEABILITY_MODULE } from "../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../modules/traceability/service"
import { formatStampCode } from "../../../../../modules/traceability/stamp-code"
import { producerBatch } from "../../../../../queries/production-batches"
import { stampFileName, stampSheetPdf } from "../../../../../utils/stamp-labels"
import { storefrontUrl } from "../../../../../utils/storefront-url"
import { producerContext } from "../../../context"

/**
 * A batch's stamps as an A4 sheet of QR labels to print and cut (PDF), in the label size asked for. A
 * voided stamp is left out: its label must never be printed again.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StampSheetQuery>, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const batch = await producerBatch(req.scope, producer.id, req.params.id)
  const stamps = await req.scope
    .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    .listStamps(
      { batch_id: batch.id, status: ["printed", "activated"] },
      { select: ["code"], order: { created_at: "ASC", id: "ASC" }, take: null }
    )
  if (!stamps.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Lô ${batch.lot_number} không còn tem nào để in: mọi tem của lô đã bị hủy.`,
      ERROR_CODES.NO_STAMPS_TO_PRINT
    )
  }
  const { size } = req.validatedQuery
  const labels = stamps.map(({ code }) => {
    const printed = formatStampCode(code)
    return { code: printed, trace_url: `${storefrontUrl()}${stampTracePath(printed)}` }
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${stampFileName(batch.lot_number, `-${size}mm.pdf`)}"`)
  stampSheetPdf(labels, size, `Tem OCOP — lô ${batch.lot_number}`).pipe(res)
}
