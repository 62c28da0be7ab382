import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PublicProducer } from "@ocop/contracts"
import { CERTIFICATE_SUMMARY_FIELDS, validCertificateSummaries } from "../../../../queries/certificate-summary"
import { PUBLIC_PRODUCER_FIELDS, publicProducer } from "../../../../queries/public-producer"

/** A producer's public page: only approved producers, only their valid certificates. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [
      ...PUBLIC_PRODUCER_FIELDS,
      "status",
      "products.id",
      ...CERTIFICATE_SUMMARY_FIELDS.map((f) => `products.certificates.${f}`),
    ],
    filters: { handle: req.params.handle },
  })
  const producer = data[0]
  if (producer?.status !== "approved") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy nhà sản xuất này trên chợ OCOP.")
  }
  const now = new Date()
  const certificates = (producer.products ?? []).flatMap((product) => (product ? validCertificateSummaries(product, now) : []))
  const answer: PublicProducer = { ...publicProducer(producer), certificates }
  res.json({ producer: answer })
}
