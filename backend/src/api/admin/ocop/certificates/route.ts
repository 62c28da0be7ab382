import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueCertificateWorkflow } from "../../../../workflows/certification/issue-certificate"
import type { IssueCertificateBody } from "./validators"

export const POST = async (req: AuthenticatedMedusaRequest<IssueCertificateBody>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await issueCertificateWorkflow(req.scope).run({
    input: {
      ...body,
      decision_date: body.decision_date.toISOString(),
      issued_at: body.issued_at.toISOString(),
      expires_at: body.expires_at?.toISOString(),
      renewal_filed_at: body.renewal_filed_at?.toISOString(),
    },
  })
  res.status(201).json({ certificate: result })
}
