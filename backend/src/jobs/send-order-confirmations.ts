import type { MedusaContainer } from "@medusajs/framework/types"
import { sendMissingOrderConfirmations } from "../workflows/order/send-order-confirmation"
import { sweepsOnSchedule } from "../workflows/recovery/repair-after-crash"

/** Every 10 minutes: order e-mails a stopped process did not send (issue 16). Not under Jest: its test runs it. */
export default async function sendOrderConfirmationsJob(container: MedusaContainer) {
  if (sweepsOnSchedule()) await sendMissingOrderConfirmations(container)
}

export const config = { name: "send-order-confirmations", schedule: "*/10 * * * *" }
