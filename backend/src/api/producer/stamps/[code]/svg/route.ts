import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, stampTracePath } from "@ocop/contracts"
import { formatStampCode } from "../../../../../modules/traceability/stamp-code"
import { producerStamp } from "../../../../../queries/production-batches"
import { stampLabelSvg } from "../../../../../utils/stamp-labels"
import { storefrontUrl } from "../../../../../utils/storefront-url"
import { producerContext } from "../../../context"

/** One stamp's label as SVG (QR of its trace URL, code beneath), for a professional printer to place. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const stamp = await producerStamp(req.scope, producer.id, req.params.code)
  const code = formatStampCode(stamp.code)
  if (stamp.status === "voided") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Tem ${code} đã bị hủy: không được in lại nhãn của nó.`,
      ERROR_CODES.NO_STAMPS_TO_PRINT
    )
  }
  res.setHeader("Content-Type", "image/svg+xml; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="tem-${code}.svg"`)
  res.send(await stampLabelSvg({ code, trace_url: `${storefrontUrl()}${stampTracePath(code)}` }))
}
