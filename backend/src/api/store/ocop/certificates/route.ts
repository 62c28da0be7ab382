import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATE_SUMMARY_FIELDS, validCertificateSummaries } from "../../../../queries/certificate-summary"
import type { StoreCertificatesQuery } from "@ocop/contracts/schemas"

/**
 * The certificates a shopper may rely on for one product: only those valid now, with what each
 * states and exactly which packagings (variants) it covers. The product page offers only those.
 */
export const GET = async (req: MedusaRequest<unknown, StoreCertificatesQuery>, res: MedusaResponse) => {
  const { product_id } = req.validatedQuery
  const query = req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", ...CERTIFICATE_SUMMARY_FIELDS.map((field) => `certificates.${field}`)],
    filters: { id: product_id },
  })
  res.json({
    certificates: validCertificateSummaries({ id: product_id, certificates: data[0]?.certificates }, new Date()),
  })
}
