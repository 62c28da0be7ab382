import { defineMiddlewares } from "@medusajs/framework/http"
import {
  CoverageBody,
  IssueCertificateBody,
  ListCertificatesQuery,
  RenewCertificateBody,
  RevokeCertificateBody,
  SuspendCertificateBody,
} from "./admin/ocop/certificates/validators"
import { SetCartDeliveryBody } from "./store/carts/[id]/delivery/validators"
import { CatalogQuery } from "./store/catalog/validators"
import { StoreCertificatesQuery } from "./store/ocop/certificates/validators"
import { validateBody, validateQuery } from "./validate-body"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/carts/:id/delivery",
      method: ["POST"],
      middlewares: [validateBody(SetCartDeliveryBody)],
    },
    {
      matcher: "/store/catalog",
      method: ["GET"],
      middlewares: [validateQuery(CatalogQuery)],
    },
    {
      matcher: "/store/ocop/certificates",
      method: ["GET"],
      middlewares: [validateQuery(StoreCertificatesQuery)],
    },
    {
      matcher: "/admin/ocop/certificates",
      method: ["GET"],
      middlewares: [validateQuery(ListCertificatesQuery)],
    },
    {
      matcher: "/admin/ocop/certificates",
      method: ["POST"],
      middlewares: [validateBody(IssueCertificateBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/renew",
      method: ["POST"],
      middlewares: [validateBody(RenewCertificateBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/coverage",
      method: ["POST"],
      middlewares: [validateBody(CoverageBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/revoke",
      method: ["POST"],
      middlewares: [validateBody(RevokeCertificateBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/suspend",
      method: ["POST"],
      middlewares: [validateBody(SuspendCertificateBody)],
    },
  ],
})
