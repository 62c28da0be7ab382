import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { issueCertificateWorkflow } from "../../../../workflows/certification/issue-certificate"
import { CERTIFICATE_FIELDS, certificateFilters, presentCertificate, retrieveCertificate } from "./query"
import type { IssueCertificateBody, ListCertificatesQuery } from "@ocop/contracts/schemas"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListCertificatesQuery>, res: MedusaResponse) => {
  const params = req.validatedQuery as ListCertificatesQuery
  const now = new Date()
  const [field, direction] = params.order.startsWith("-") ? [params.order.slice(1), "DESC"] : [params.order, "ASC"]
  const query = req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "certificate",
    fields: CERTIFICATE_FIELDS,
    filters: certificateFilters(params, now),
    pagination: { skip: params.offset, take: params.limit, order: { [field]: direction, id: "ASC" } },
  })
  res.json({
    certificates: data.map((certificate: any) => presentCertificate(certificate, now)),
    count: metadata?.count ?? data.length,
    limit: params.limit,
    offset: params.offset,
  })
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
