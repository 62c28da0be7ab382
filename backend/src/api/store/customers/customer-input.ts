import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, normalizePhone, PHONE_MESSAGES } from "@ocop/contracts"

/**
 * A customer's phone (the account's, an address book entry's) is kept in the contracts' one stored form,
 * a mobile "0912345678", as a delivery's is: the storefront sends it normalised, anything else is refused
 * before Medusa's own route stores it. Absent or empty is Medusa's to accept (the phone is optional).
 */
export function customerPhoneStored(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const phone: unknown = (req.body as { phone?: unknown } | undefined)?.phone
  if (typeof phone !== "string" || phone === "" || normalizePhone(phone, "mobile") === phone) return next()
  next(new MedusaError(MedusaError.Types.INVALID_DATA, PHONE_MESSAGES.mobile, ERROR_CODES.INVALID_DATA))
}

/**
 * A customer's metadata holds whether the e-mail is verified (workflows/customer): the shopper may not
 * write it, or anybody registering a stranger's e-mail could claim that stranger's guest orders.
 */
export function noCustomerMetadata(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((req.body as { metadata?: unknown } | undefined)?.metadata === undefined) return next()
  next(
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Không thể tự thay đổi trường metadata của tài khoản.",
      ERROR_CODES.NOT_ALLOWED
    )
  )
}
