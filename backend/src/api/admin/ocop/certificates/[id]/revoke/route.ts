import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificateWorkflow } from "../../../../../../workflows/certification/revoke-certificate"
import type { RevokeCertificateBody } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<RevokeCertificateBody>, res: MedusaResponse) => {
  const { result } = await revokeCertificateWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({ certificate: result })
}
