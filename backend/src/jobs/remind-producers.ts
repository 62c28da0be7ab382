import type { MedusaContainer } from "@medusajs/framework/types"
import { remindProducers } from "../workflows/notice/remind-producers"
import { sweepsOnSchedule } from "../workflows/recovery/repair-after-crash"

/** Daily at 08:00 Vietnam time (01:00 UTC), when producers read mail. Not under Jest: its tests run it. */
export default async function remindProducersJob(container: MedusaContainer) {
  if (sweepsOnSchedule()) await remindProducers(container)
}

export const config = { name: "remind-producers", schedule: "0 1 * * *" }
