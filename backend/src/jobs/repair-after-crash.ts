import type { MedusaContainer } from "@medusajs/framework/types"
import { repairAfterCrash, sweepsOnSchedule } from "../workflows/recovery/repair-after-crash"

/**
 * Every minute: whatever a killed process left half-done (an interrupted checkout, an order without
 * producer parts, stock held for no order, a card older than its product, a feed run cut off) is
 * repaired once it is older than the grace period. Idempotent: a quiet sweep writes nothing.
 */
export default async function repairAfterCrashJob(container: MedusaContainer) {
  if (sweepsOnSchedule()) await repairAfterCrash(container)
}

export const config = { name: "repair-after-crash", schedule: "* * * * *" }
