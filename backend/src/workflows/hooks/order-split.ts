import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse, type StepExecutionContext } from "@medusajs/framework/workflows-sdk"
import { removeProducerParts, writeProducerParts } from "../producer/split-order"

type OrderCreatedHook = (
  handler: (
    input: { order_id: string; cart_id: string },
    context: StepExecutionContext
  ) => Promise<StepResponse<string[], string[]>>,
  compensate: (ids: string[] | undefined, context: StepExecutionContext) => Promise<void>
) => void

// Medusa's complete-cart workflow declares `orderCreated` after the order is written and its payment
// authorized, but leaves it out of its typed hooks. Splitting there makes the producer parts part of
// the order's own workflow: no order exists without them, even if the process dies right after (an
// order.placed event lives only in memory). Fail at start-up rather than lose parts after an upgrade.
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated?: OrderCreatedHook }).orderCreated
if (!orderCreated) {
  throw new Error(
    "Medusa's complete-cart workflow no longer has an orderCreated hook: orders would be placed without producer parts."
  )
}

orderCreated(
  async ({ order_id }, { container }) => {
    const ids = await writeProducerParts(container, order_id)
    return new StepResponse(ids, ids)
  },
  (ids, { container }) => removeProducerParts(container, ids)
)
