import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vietnamDay } from "../../showroom-reports"
import { findStamp } from "../../traceability"
import { formatStampCode } from "../../../modules/traceability/stamp-code"
import { showroomContext } from "../context"
import { showroomShelf } from "../shelf"

/**
 * The shelf, for the stock view and for the counter's product search. A scanned or typed OCOP stamp
 * (its code or its QR's trace URL) finds the packaging it was printed for; a voided stamp, or one not
 * yet activated, finds nothing and says why.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, { q?: string }>, res: MedusaResponse) => {
  const { showroom } = await showroomContext(req)
  const q = req.validatedQuery.q
  const stamp = q ? await findStamp(req.scope, q) : null
  if (!stamp) return res.json({ stock: await showroomShelf(req.scope, showroom.id, q) })

  const stock = stamp.status === "activated" ? (await showroomShelf(req.scope, showroom.id)).filter((line) => line.variant_id === stamp.batch.variant_id) : []
  res.json({
    stock,
    stamp: {
      code: formatStampCode(stamp.code),
      status: stamp.status,
      lot_number: stamp.batch.lot_number,
      expires_on: stamp.batch.expires_on ? vietnamDay(stamp.batch.expires_on) : null,
    },
  })
}
