import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelUnpaidTransferOrders } from "../workflows/payment/cancel-unpaid-transfer-orders"
import { sweepsOnSchedule } from "../workflows/recovery/repair-after-crash"

/**
 * Every 15 minutes: orders paid by bank transfer whose money has not arrived within
 * BANK_TRANSFER_PAY_WITHIN_HOURS are cancelled, their stock released and the shopper told (issue 16).
 * Not under Jest, like the crash sweep: the test that checks it runs it.
 */
export default async function cancelUnpaidTransferOrdersJob(container: MedusaContainer) {
  if (sweepsOnSchedule()) await cancelUnpaidTransferOrders(container)
}

export const config = { name: "cancel-unpaid-transfer-orders", schedule: "*/15 * * * *" }
