import type { MedusaContainer } from "@medusajs/framework/types"
import { repairAfterCrash, sweepsOnSchedule } from "../workflows/recovery/repair-after-crash"

/**
 * Once, a few seconds after the server starts: a restart is when leftovers of the process that died
 * are most likely, and the minute sweep (repair-after-crash.ts) may be a minute away.
 */
export default async function repairAtStartJob(container: MedusaContainer) {
  if (sweepsOnSchedule()) await repairAfterCrash(container)
}

export const config = { name: "repair-at-start", schedule: { interval: 5_000, numberOfExecutions: 1 } }
