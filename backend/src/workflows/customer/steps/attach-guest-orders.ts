import type { IOrderModuleService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The orders a guest placed with this e-mail (their customer has no account) become the account's, so
 * they show in its history and answer its owner only. Run after the e-mail is verified, never before.
 */
export const attachGuestOrdersStep = createStep(
  "attach-guest-orders",
  async (input: { customer_id: string; email: string }, { container }) => {
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "customer.has_account"],
      filters: { email: input.email },
    })
    const guests = data.filter((order) => order.customer_id !== input.customer_id && !order.customer?.has_account)
    if (guests.length) {
      await container
        .resolve<IOrderModuleService>(Modules.ORDER)
        .updateOrders(guests.map((order) => ({ id: order.id, customer_id: input.customer_id })))
    }
    return new StepResponse(
      guests.map((order) => order.id),
      guests.map((order) => ({ id: order.id, customer_id: order.customer_id ?? undefined }))
    )
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<IOrderModuleService>(Modules.ORDER).updateOrders(before)
  }
)
