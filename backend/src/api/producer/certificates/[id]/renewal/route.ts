import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerCertificates } from "../../../../../queries/producer-certificates"
import { notFound } from "../../../../../queries/producer-scope"
import { fileRenewalWorkflow } from "../../../../../workflows/certification/file-renewal"
import { producerForWrite } from "../../../context"

/** The owner files the re-evaluation dossier, within 180–120 days before expiry. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req, { ownerOnly: true })
  if (!(await producerCertificates(req.scope, producer.id)).some((c) => c.id === req.params.id)) {
    throw notFound("giấy chứng nhận")
  }
  await fileRenewalWorkflow(req.scope).run({ input: { certificate_id: req.params.id } })
  const certificate = (await producerCertificates(req.scope, producer.id)).find((c) => c.id === req.params.id)
  res.json({ certificate })
}
