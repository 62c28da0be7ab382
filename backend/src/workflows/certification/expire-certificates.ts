import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { isCertificateValid } from "@ocop/contracts"
import { productsOfCertificatesStep } from "./steps/products-of-certificates"
import { syncListingWorkflow } from "./sync-listing"

/** Marks `expired` every certificate still `valid` whose validity (grace included) has ended. */
const expireLapsedCertificatesStep = createStep(
  "expire-lapsed-certificates",
  // `now` travels as an ISO string: workflow data is serialised between steps.
  async (input: { now: string }, { container }) => {
    const now = new Date(input.now)
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const candidates = await ocop.listCertificates(
      { status: "valid", expires_at: { $lte: now } },
      { select: ["id", "status", "expires_at", "renewal_filed_at"] }
    )
    const lapsed = candidates.filter((certificate) => !isCertificateValid(certificate, now)).map((c) => c.id)
    if (lapsed.length) await ocop.updateCertificates({ selector: { id: lapsed }, data: { status: "expired" } })
    return new StepResponse(lapsed, lapsed)
  },
  async (lapsed, { container }) => {
    if (!lapsed?.length) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateCertificates({ selector: { id: lapsed }, data: { status: "valid" } })
  }
)

/** Run hourly: expiry is the one certificate change nobody makes by hand. */
export const expireCertificatesWorkflow = createWorkflow("expire-certificates", (input: { now?: string }) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date().toISOString())
  const lapsed = expireLapsedCertificatesStep({ now })
  const productIds = productsOfCertificatesStep(lapsed)
  syncListingWorkflow.runAsStep({ input: { product_ids: productIds } })
  return new WorkflowResponse({ expired: lapsed, product_ids: productIds })
})
