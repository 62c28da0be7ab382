import type { CartDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { addressUnitsVerdict } from "@ocop/contracts/admin-units"
import { assertPurchasable } from "../certification/purchasable"

// Every way a variant enters a cart or an order re-checks its certificate (defence in depth
// behind the listing sync). A refusal leaves the cart as it was.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertPurchasable(
    container,
    (input.items ?? []).map((item) => item.variant_id!),
    "add"
  )
})

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertPurchasable(
    container,
    (input.items ?? []).map((item) => item.variant_id!),
    "add"
  )
})

// Medusa types this hook's cart as any: it is the cart the workflow read, a CartDTO.
completeCartWorkflow.hooks.validate(async ({ cart }: { cart: CartDTO }, { container }) => {
  // Its address was checked when set (api/store/carts/address-units.ts); checked again for one set
  // another way, so no order leaves for a commune outside its province (issue 17).
  const refusal = cart.shipping_address ? addressUnitsVerdict(cart.shipping_address).refusal : null
  if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal.message, refusal.code)
  await assertPurchasable(
    container,
    (cart.items ?? []).flatMap((item) => (item.variant_id ? [item.variant_id] : [])),
    "order"
  )
})
