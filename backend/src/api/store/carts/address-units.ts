import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type AddressUnitCodes, addressUnitsRefusal } from "@ocop/contracts/admin-units"

/**
 * A cart's delivery address must name a commune of its province (the 2025 reform's two levels), checked
 * where the checkout sets it, before Medusa's own route stores it: a commune of another province, or one
 * that does not exist, is refused with its code and a sentence the shopper can act on.
 */
export function deliveryAddressInProvince(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(addressRefusal((req.body as { shipping_address?: unknown } | undefined)?.shipping_address))
}

/**
 * The same rule for an address of the customer's address book (`POST /store/customers/me/addresses[/:id]`),
 * whose body is the address itself: the default address fills the checkout, so it must pass there too.
 */
export function savedAddressInProvince(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(addressRefusal(req.body))
}

function addressRefusal(address: unknown): MedusaError | undefined {
  // Anything not shaped like an address is for Medusa's own validator of this route to refuse.
  if (!isRecord(address)) return undefined
  const text = (value: unknown) => (typeof value === "string" ? value : null)
  const refusal = addressUnitsRefusal({
    province: text(address.province),
    city: text(address.city),
    metadata: isRecord(address.metadata) ? (address.metadata as AddressUnitCodes) : null,
  })
  return refusal ? new MedusaError(MedusaError.Types.INVALID_DATA, refusal.message, refusal.code) : undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
