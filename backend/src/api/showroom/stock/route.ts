import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vietnamDay, type StampAtCounter } from "@ocop/contracts"
import { provinceByName } from "@ocop/contracts/admin-units"
import { formatStampCode } from "../../../modules/traceability/stamp-code"
import { showroomShelf } from "../../../queries/showroom-shelf"
import { countStampScan, findStamp } from "../../../queries/stamp-trace"
import { UNKNOWN_PLACE } from "../../../modules/traceability/service"
import { showroomContext } from "../context"

/**
 * The shelf, for the stock view and for the counter's product search. A scanned or typed OCOP stamp
 * (its code or its QR's trace URL) finds the packaging it was printed for; a voided stamp, or one not
 * yet activated, finds nothing and says why. A mistyped or unknown stamp code is refused as the trace
 * page refuses it (`stamp_mistyped`, `stamp_unknown`), unless the shelf finds something for the same text.
 * A stamp scanned at the counter counts as a scan in the showroom's province (once a day per showroom).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, { q?: string }>, res: MedusaResponse) => {
  const { showroom } = await showroomContext(req)
  const q = req.validatedQuery.q
  let stamp: Awaited<ReturnType<typeof findStamp>> = null
  try {
    // Digits only are a product barcode (an EAN-13 is as long as a stamp code): stamp codes have a letter.
    if (q && !/^\d+$/.test(q)) stamp = await findStamp(req.scope, q)
  } catch (refusal) {
    // A SKU can look like a stamp code: what the shelf finds for the same text wins over the refusal.
    const stock = await showroomShelf(req.scope, showroom.id, q)
    if (!stock.length) throw refusal
    return res.json({ stock })
  }
  if (!stamp) return res.json({ stock: await showroomShelf(req.scope, showroom.id, q) })
  await countStampScan(req.scope, stamp.id, {
    client: `showroom:${showroom.id}`,
    place: async () => provinceByName(showroom.province)?.code ?? UNKNOWN_PLACE,
  })

  const stock =
    stamp.status === "activated"
      ? (await showroomShelf(req.scope, showroom.id)).filter((line) => line.variant_id === stamp.batch.variant_id)
      : []
  res.json({
    stock,
    stamp: {
      code: formatStampCode(stamp.code),
      batch_id: stamp.batch.id,
      status: stamp.status,
      lot_number: stamp.batch.lot_number,
      expires_on: stamp.batch.expires_on ? vietnamDay(stamp.batch.expires_on) : null,
    } satisfies StampAtCounter,
  })
}
