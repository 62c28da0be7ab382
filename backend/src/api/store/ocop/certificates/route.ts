import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isCertificateValid, validUntil } from "../../../../modules/ocop/validity"
import { OCOP_PRODUCT_SETS } from "../../../../utils/ocop"
import type { StoreCertificatesQuery } from "./validators"

/**
 * The certificates a shopper may rely on for one product: only those valid now, with what each
 * states and exactly which packagings (variants) it covers. The product page offers only those.
 */
export const GET = async (req: MedusaRequest<unknown, StoreCertificatesQuery>, res: MedusaResponse) => {
  const { product_id } = req.validatedQuery as StoreCertificatesQuery
  const query = req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "certificates.*",
      "certificates.skus.packaging",
      "certificates.skus.label_image_url",
      "certificates.skus.product_variant.id",
    ],
    filters: { id: product_id },
  })
  const now = new Date()
  const certificates = ((data[0]?.certificates ?? []) as any[])
    .filter((certificate) => certificate && isCertificateValid(certificate, now))
    .map((certificate) => ({
      id: certificate.id,
      decision_number: certificate.decision_number,
      decision_date: certificate.decision_date,
      issuer: certificate.issuer,
      stars: certificate.stars,
      product_set: certificate.product_set,
      product_set_name: OCOP_PRODUCT_SETS[certificate.product_set] ?? null,
      program_year: certificate.program_year,
      owner_name: certificate.owner_name,
      issued_at: certificate.issued_at,
      valid_until: validUntil(certificate),
      skus: (certificate.skus ?? [])
        .filter((sku: any) => sku.product_variant)
        .map((sku: any) => ({ variant_id: sku.product_variant.id, packaging: sku.packaging, label_image_url: sku.label_image_url })),
    }))
  res.json({ certificates })
}
