import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCertificate } from "../../../../../../queries/office-certificates"
import { renewCertificateWorkflow } from "../../../../../../workflows/certification/renew-certificate"
import type { RenewCertificateBody } from "@ocop/contracts/schemas"

export const POST = async (req: AuthenticatedMedusaRequest<RenewCertificateBody>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await renewCertificateWorkflow(req.scope).run({
    input: {
      ...body,
      id: req.params.id,
      decision_date: body.decision_date.toISOString(),
      issued_at: body.issued_at.toISOString(),
      expires_at: body.expires_at?.toISOString(),
    },
  })
  res.status(201).json({ certificate: await retrieveCertificate(req.scope, result.id) })
}
