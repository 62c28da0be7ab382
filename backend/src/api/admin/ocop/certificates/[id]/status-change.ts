import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CertificateAction } from "../../../../../modules/ocop/transitions"
import { retrieveCertificate } from "../../../../../queries/office-certificates"
import { changeCertificateStatusWorkflow } from "../../../../../workflows/certification/change-certificate-status"
import type { StatusChangeBody } from "@ocop/contracts/schemas"

/** The revoke, suspend and reinstate routes differ only in the action they ask for. */
export const statusChangeRoute =
  (action: CertificateAction) => async (req: AuthenticatedMedusaRequest<Partial<StatusChangeBody>>, res: MedusaResponse) => {
    await changeCertificateStatusWorkflow(req.scope).run({
      input: { id: req.params.id, action, reason: req.validatedBody?.reason },
    })
    res.json({ certificate: await retrieveCertificate(req.scope, req.params.id) })
  }
