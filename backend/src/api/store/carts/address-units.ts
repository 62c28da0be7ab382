import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type AddressUnitCodes, addressProvince, addressUnitsRefusal } from "@ocop/contracts/admin-units"

/**
 * A cart's delivery address must name a commune of its province (the 2025 reform's two levels), checked
 * where the checkout sets it, before Medusa's own route stores it: a commune of another province, or one
 * that does not exist, is refused with its code and a sentence the shopper can act on. An accepted
 * address keeps its province under the short name ("Hà Tĩnh", however it was written): the delivery fee
 * of a province is priced by that name.
 */
export function deliveryAddressInProvince(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const address: unknown = (req.body as { shipping_address?: unknown } | undefined)?.shipping_address
  // Anything not shaped like an address is for Medusa's own validator of this route to refuse.
  if (!isRecord(address)) return next()
  const text = (value: unknown) => (typeof value === "string" ? value : null)
  const units = {
    province: text(address.province),
    city: text(address.city),
    metadata: isRecord(address.metadata) ? (address.metadata as AddressUnitCodes) : null,
  }
  const refusal = addressUnitsRefusal(units)
  if (refusal) return next(new MedusaError(MedusaError.Types.INVALID_DATA, refusal.message, refusal.code))
  const province = addressProvince(units)
  if (province) {
    // Medusa's own validator of the route may already have copied the body: both copies are named alike.
    for (const body of [req.body, req.validatedBody]) {
      const shipping: unknown = (body as { shipping_address?: unknown } | undefined)?.shipping_address
      if (isRecord(shipping)) shipping.province = province.short
    }
  }
  next()
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
