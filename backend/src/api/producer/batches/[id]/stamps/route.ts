import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRACEABILITY_MODULE } from "../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../modules/traceability/service"
import { producerBatch, shapeStamp } from "../../../../../queries/production-batches"
import { stampFileName } from "../../../../../utils/stamp-labels"
import { storefrontUrl } from "../../../../../utils/storefront-url"
import { producerContext } from "../../../context"
import type { StampsQuery } from "@ocop/contracts/schemas"
import { stampTracePath } from "@ocop/contracts"

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/** A batch's stamps; as CSV (code, trace URL for the QR, status) for the stamp printer. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StampsQuery>, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const batch = await producerBatch(req.scope, producer.id, req.params.id)
  const stamps = (
    await req.scope
      .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
      .listStamps({ batch_id: batch.id }, { order: { created_at: "ASC" }, take: null })
  ).map(shapeStamp)
  if (req.validatedQuery.format !== "csv") return res.json({ stamps })

  const rows = [
    ["code", "trace_url", "status"],
    ...stamps.map((s) => [s.code, `${storefrontUrl()}${stampTracePath(s.code)}`, s.status]),
  ]
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${stampFileName(batch.lot_number, ".csv")}"`)
  res.send(`${rows.map((row) => row.map(csvCell).join(",")).join("\n")}\n`)
}
