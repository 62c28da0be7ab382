import type { MedusaContainer } from "@medusajs/framework/types"
import { notifyUntoldStampFlags } from "../workflows/traceability/notify-stamp-flags"
import { sweepsOnSchedule } from "../workflows/recovery/repair-after-crash"

/** Every five minutes: producers not yet told of a flag on their stamps (a stopped process). Not under Jest: its tests run it. */
export default async function notifyStampFlagsJob(container: MedusaContainer) {
  if (sweepsOnSchedule()) await notifyUntoldStampFlags(container)
}

export const config = { name: "notify-stamp-flags", schedule: "*/5 * * * *" }
