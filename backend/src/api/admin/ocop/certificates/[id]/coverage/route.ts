import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCertificate } from "../../../../../../queries/office-certificates"
import { updateCoverageWorkflow } from "../../../../../../workflows/certification/update-coverage"
import type { CoverageBody } from "@ocop/contracts/schemas"

/** Replaces the packagings the certificate covers. */
export const POST = async (req: AuthenticatedMedusaRequest<CoverageBody>, res: MedusaResponse) => {
  await updateCoverageWorkflow(req.scope).run({ input: { id: req.params.id, skus: req.validatedBody.skus } })
  res.json({ certificate: await retrieveCertificate(req.scope, req.params.id) })
}
