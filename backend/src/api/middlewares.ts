import { defineMiddlewares } from "@medusajs/framework/http"
import { IssueCertificateBody, RevokeCertificateBody } from "./admin/ocop/certificates/validators"
import { SetCartDeliveryBody } from "./store/carts/[id]/delivery/validators"
import { validateBody } from "./validate-body"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/carts/:id/delivery",
      method: ["POST"],
      middlewares: [validateBody(SetCartDeliveryBody)],
    },
    {
      matcher: "/admin/ocop/certificates",
      method: ["POST"],
      middlewares: [validateBody(IssueCertificateBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/revoke",
      method: ["POST"],
      middlewares: [validateBody(RevokeCertificateBody)],
    },
  ],
})
