import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { DAY_MS, isRenewalFiledInTime, RENEWAL_WINDOW_DAYS } from "@ocop/contracts"
import { productsOfCertificatesStep } from "./steps/products-of-certificates"
import { syncListingWorkflow } from "./sync-listing"

const formatDate = (date: Date) => date.toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })

const recordFilingStep = createStep(
  "record-renewal-filing",
  async (input: { certificate_id: string }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const certificate = await ocop.retrieveCertificate(input.certificate_id)
    if (certificate.status !== "valid") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chỉ nộp hồ sơ đánh giá lại cho giấy chứng nhận đang còn hiệu lực.")
    }
    if (certificate.renewal_filed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Hồ sơ đánh giá lại đã được nộp ngày ${formatDate(new Date(certificate.renewal_filed_at))}.`
      )
    }
    const now = new Date()
    if (!isRenewalFiledInTime(certificate.expires_at, now)) {
      const expires = new Date(certificate.expires_at).getTime()
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Chỉ nộp hồ sơ đánh giá lại từ ${formatDate(new Date(expires - RENEWAL_WINDOW_DAYS.earliest * DAY_MS))} ` +
          `đến ${formatDate(new Date(expires - RENEWAL_WINDOW_DAYS.latest * DAY_MS))} (180 đến 120 ngày trước khi hết hạn).`
      )
    }
    await ocop.updateCertificates({ id: certificate.id, renewal_filed_at: now })
    return new StepResponse(undefined, certificate.id)
  },
  async (certificateId, { container }) => {
    if (certificateId)
      await container.resolve<OcopModuleService>(OCOP_MODULE).updateCertificates({ id: certificateId, renewal_filed_at: null })
  }
)

/**
 * The owner files for re-evaluation in time (180–120 days before expiry): the certificate stays
 * valid up to 180 days past expiry while the office decides, so the listing and cards are re-synced.
 */
export const fileRenewalWorkflow = createWorkflow("file-certificate-renewal", (input: { certificate_id: string }) => {
  recordFilingStep(input)
  const productIds = productsOfCertificatesStep(transform({ input }, ({ input }) => [input.certificate_id]))
  syncListingWorkflow.runAsStep({ input: { product_ids: productIds } })
  return new WorkflowResponse(undefined)
})
