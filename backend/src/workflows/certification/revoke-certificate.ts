import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { productsOfCertificatesStep } from "./expire-certificates"
import { syncListingWorkflow } from "./sync-listing"

type RevokeInput = { id: string; reason: string }

const revokeCertificateStep = createStep(
  "revoke-certificate",
  async (input: RevokeInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [before] = await ocop.listCertificates({ id: input.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy giấy chứng nhận ${input.id}.`)
    if (before.status === "revoked") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Giấy chứng nhận ${before.decision_number} đã bị thu hồi trước đó.`)
    }
    await ocop.updateCertificates({ id: input.id, status: "revoked", revocation_reason: input.reason, revoked_at: new Date() })
    return new StepResponse(input.id, { id: input.id, status: before.status })
  },
  // Compensation restores the status the certificate had.
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateCertificates({ id: previous.id, status: previous.status, revocation_reason: null, revoked_at: null })
  }
)

/** Revocation (QĐ 26/2026 art. 8): the product leaves the storefront in the same request. */
export const revokeCertificateWorkflow = createWorkflow("revoke-certificate", (input: RevokeInput) => {
  const id = revokeCertificateStep(input)
  const ids = transform({ id }, ({ id }) => [id])
  const productIds = productsOfCertificatesStep(ids)
  syncListingWorkflow.runAsStep({ input: { product_ids: productIds } })
  emitEventStep({ eventName: "ocop.certificate.revoked", data: { id } })
  return new WorkflowResponse({ id, product_ids: productIds })
})
