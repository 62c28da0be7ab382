import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type AddressUnitCodes, addressUnitsVerdict } from "@ocop/contracts/admin-units"

/**
 * A cart's delivery address must name a commune of its province (the 2025 reform's two levels), checked
 * where the checkout sets it, before Medusa's own route stores it: a commune of another province, or one
 * that does not exist, is refused with its code and a sentence the shopper can act on. An accepted
 * address keeps its province under the short name ("Hà Tĩnh", however it was written): the delivery fee
 * of a province is priced by that name.
 */
export function deliveryAddressInProvince(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(checkAddress(req, (body) => (isRecord(body) ? body.shipping_address : undefined)))
}

/**
 * The same rule for an address of the customer's address book (`POST /store/customers/me/addresses[/:id]`),
 * whose body is the address itself: the default address fills the checkout, so it must pass there too.
 */
export function savedAddressInProvince(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(checkAddress(req, (body) => body))
}

function checkAddress(req: MedusaRequest, addressIn: (body: unknown) => unknown): MedusaError | undefined {
  const address = addressIn(req.body)
  // Anything not shaped like an address is for Medusa's own validator of this route to refuse.
  if (!isRecord(address)) return undefined
  const text = (value: unknown) => (typeof value === "string" ? value : null)
  const { refusal, province } = addressUnitsVerdict({
    province: text(address.province),
    city: text(address.city),
    metadata: isRecord(address.metadata) ? (address.metadata as AddressUnitCodes) : null,
  })
  if (refusal) return new MedusaError(MedusaError.Types.INVALID_DATA, refusal.message, refusal.code)
  if (province) {
    // Medusa's own validator of the route may already have copied the body: both copies are named alike.
    for (const copy of [address, addressIn(req.validatedBody)]) if (isRecord(copy)) copy.province = province.short
  }
  return undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
