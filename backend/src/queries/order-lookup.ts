import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { normalizePhone } from "@ocop/contracts"
import type { OrderLookupBody } from "@ocop/contracts/schemas"

/**
 * The id of order number `display_id` when the phone and/or e-mail given match the ones it was placed
 * with (issue 17); null for any miss, whatever was wrong. The phone is compared in its one normalised
 * form, whichever way either side wrote it; the e-mail in any case.
 */
export async function orderMatchingLookup(
  container: MedusaContainer,
  { display_id, phone, email }: OrderLookupBody
): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "email", "shipping_address.phone", "billing_address.phone"],
    filters: { display_id: String(display_id) },
  })
  const order = data[0]
  if (!order) return null
  const phones = [order.shipping_address?.phone, order.billing_address?.phone]
    .map((stored) => (stored ? normalizePhone(stored) : null))
    .filter(Boolean)
  const phoneMatches = !phone || phones.includes(phone)
  const emailMatches = !email || order.email?.trim().toLowerCase() === email
  return phoneMatches && emailMatches ? order.id : null
}
