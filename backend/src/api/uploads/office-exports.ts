import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { isOfficeExport } from "../../utils/uploads"

const officeLogin = authenticate("user", ["session", "bearer"])

/**
 * The exports Medusa writes for the office (products, orders with customers' addresses) are private
 * files under /uploads: only a logged-in office user downloads them. Pictures are public.
 */
export function officeExportsNeedLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isOfficeExport(req.params.name ?? "")) return officeLogin(req, res, next)
  next()
}
