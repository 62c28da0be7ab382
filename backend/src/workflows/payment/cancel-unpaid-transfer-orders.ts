import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { payWithinHours } from "../../modules/bank-transfer/pay-within"
import { unpaidTransferOrders } from "../../queries/unpaid-transfer-orders"
import { cancelUnpaidTransferOrderWorkflow } from "./cancel-unpaid-transfer-order"

/**
 * Cancels every order paid by bank transfer still unpaid `hours` after placement, one workflow per
 * order: one that fails is logged and the others go on; the next run finds it again. The sweep is its
 * own crash repair: whatever a killed run left uncancelled is still unpaid and is found next time,
 * and what it did cancel is not found again. Returns the ids of the orders it cancelled.
 */
export async function cancelUnpaidTransferOrders(
  container: MedusaContainer,
  now = new Date(),
  hours = payWithinHours()
): Promise<string[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const placedBefore = new Date(now.getTime() - hours * 3_600_000).toISOString()
  const canceled: string[] = []
  for (const order of await unpaidTransferOrders(container, new Date(placedBefore))) {
    try {
      const { result } = await cancelUnpaidTransferOrderWorkflow(container).run({
        input: { order_id: order.id, placed_before: placedBefore },
      })
      if (result.canceled) canceled.push(order.id)
    } catch (error) {
      logger.error(`Unpaid transfer: cancelling order ${order.id} failed, retried at the next run: ${(error as Error).message}`)
    }
  }
  if (canceled.length) logger.info(`Unpaid transfer: ${canceled.length} order(s) cancelled after ${hours} h without payment.`)
  return canceled
}
