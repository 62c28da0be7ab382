import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NoticeData } from "@ocop/contracts"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { statusAfter, type CertificateAction } from "../../modules/ocop/transitions"
import { certificateStatusNotices } from "../../queries/notices"
import { queueNoticesWorkflow } from "../notice/queue-notices"
import { productsOfCertificatesStep } from "./steps/products-of-certificates"
import { syncListingWorkflow } from "./sync-listing"

export type ChangeCertificateStatusInput = { id: string; action: CertificateAction; reason?: string }

const STATUS_FIELDS = [
  "id",
  "decision_number",
  "status",
  "expires_at",
  "renewal_filed_at",
  "revocation_reason",
  "revoked_at",
  "suspension_reason",
  "suspended_at",
] as const

const EVENTS: Record<CertificateAction, string> = {
  revoke: "ocop.certificate.revoked",
  suspend: "ocop.certificate.suspended",
  reinstate: "ocop.certificate.reinstated",
}

/** What the producer is told happened to its certificate. */
const CHANGE: Record<CertificateAction, NoticeData["certificate-status-changed"]["change"]> = {
  revoke: "revoked",
  suspend: "suspended",
  reinstate: "reinstated",
}

/** The producer's e-mail, read after the change. */
const certificateStatusNoticesStep = createStep(
  "certificate-status-notices",
  async (input: ChangeCertificateStatusInput, { container }) =>
    new StepResponse(
      await certificateStatusNotices(container, { id: input.id, change: CHANGE[input.action], reason: input.reason ?? null })
    )
)

const changeCertificateStatusStep = createStep(
  "change-certificate-status",
  async (input: ChangeCertificateStatusInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [before] = await ocop.listCertificates({ id: input.id }, { select: [...STATUS_FIELDS] })
    if (!before)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Không tìm thấy giấy chứng nhận này: có thể nó đã bị xoá hoặc đường dẫn không đúng."
      )
    const now = new Date()
    const next = statusAfter(input.action, before, now)
    if ("refused" in next) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, next.refused)

    const change =
      input.action === "revoke"
        ? { revocation_reason: input.reason, revoked_at: now }
        : input.action === "suspend"
          ? { suspension_reason: input.reason, suspended_at: now }
          : { suspension_reason: null, suspended_at: null }
    await ocop.updateCertificates({ id: input.id, status: next.status, ...change })
    const { id, status, revocation_reason, revoked_at, suspension_reason, suspended_at } = before
    return new StepResponse(input.id, { id, status, revocation_reason, revoked_at, suspension_reason, suspended_at })
  },
  // Compensation puts back the status and the reasons exactly as they were.
  async (before, { container }) => {
    if (!before) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).updateCertificates(before)
  }
)

/**
 * Revoke (QĐ 26/2026 art. 8), suspend or reinstate a certificate; the listing follows in the
 * same request, so a revoked product leaves the storefront before the response is sent, and the
 * producer's e-mail is queued with the change.
 */
export const changeCertificateStatusWorkflow = createWorkflow(
  "change-certificate-status",
  (input: ChangeCertificateStatusInput) => {
    const id = changeCertificateStatusStep(input)
    const ids = transform({ id }, ({ id }) => [id])
    const productIds = productsOfCertificatesStep(ids)
    syncListingWorkflow.runAsStep({ input: { product_ids: productIds } })
    const eventName = transform({ input }, ({ input }) => EVENTS[input.action])
    emitEventStep({ eventName, data: { id } })
    const notices = certificateStatusNoticesStep(input)
    queueNoticesWorkflow.runAsStep({ input: transform({ notices }, ({ notices }) => ({ notices })) })
    return new WorkflowResponse({ id, product_ids: productIds })
  }
)
