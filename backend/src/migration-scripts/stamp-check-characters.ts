import type { ExecArgs } from "@medusajs/framework/types"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { withCheckCharacter } from "../modules/traceability/stamp-code"

/** Stamps read and rewritten at a time. */
const CHUNK = 1000

/**
 * Stamps issued before codes had a check character get theirs, appended to the 12 characters they
 * have: the label printed with the old code still reads (see `readStampCode`). Only 12-character codes
 * change, so running it again changes nothing.
 */
export default async function stampCheckCharacters({ container }: ExecArgs) {
  const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  let after = ""
  for (;;) {
    const stamps = await traceability.listStamps(
      { id: { $gt: after } },
      { take: CHUNK, order: { id: "ASC" }, select: ["id", "code"] }
    )
    if (!stamps.length) return
    after = stamps[stamps.length - 1].id
    const checked = stamps.flatMap((stamp) => {
      const code = withCheckCharacter(stamp.code)
      return code ? [{ id: stamp.id, code }] : []
    })
    if (checked.length) await traceability.updateStamps(checked)
  }
}
