import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCertificate, searchCertificates } from "../../../../queries/office-certificates"
import { issueCertificateWorkflow } from "../../../../workflows/certification/issue-certificate"
import type { IssueCertificateBody, ListCertificatesQuery } from "@ocop/contracts/schemas"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListCertificatesQuery>, res: MedusaResponse) => {
  const params = req.validatedQuery as ListCertificatesQuery
  res.json({ ...(await searchCertificates(req.scope, params)), limit: params.limit, offset: params.offset })
}

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
  res.status(201).json({ certificate: await retrieveCertificate(req.scope, result.id) })
}
