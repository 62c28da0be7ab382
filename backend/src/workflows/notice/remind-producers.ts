import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expiringCertificateNotices, lowStockNotices } from "../../queries/notices"
import { queueNoticesWorkflow } from "./queue-notices"

/**
 * Producers' reminders (issue 17): certificates expiring in 180/120/30 days and packagings low on stock,
 * queued once each (their keys); the daily job runs it. Returns the notices queued.
 */
export async function remindProducers(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const notices = [...(await expiringCertificateNotices(container, now)), ...(await lowStockNotices(container))]
  const { result } = await queueNoticesWorkflow(container).run({ input: { notices } })
  if (result.length) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Producers' reminders: ${result.length} queued.`)
  return result
}
