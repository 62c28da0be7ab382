import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type AddressUnitCodes, addressUnitsRefusal } from "@ocop/contracts/admin-units"

type AddressBody = { province?: string | null; city?: string | null; metadata?: AddressUnitCodes | null }

/**
 * A cart's delivery address must name a commune of its province (the 2025 reform's two levels), checked
 * where the checkout sets it, before Medusa's own route stores it: a commune of another province, or one
 * that does not exist, is refused with its code and a sentence the shopper can act on.
 */
export function deliveryAddressInProvince(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const address = (req.body as { shipping_address?: AddressBody | null } | undefined)?.shipping_address
  const refusal = address && typeof address === "object" ? addressUnitsRefusal(address) : null
  if (refusal) return next(new MedusaError(MedusaError.Types.INVALID_DATA, refusal.message, refusal.code))
  next()
}
