import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { issueCertificateWorkflow, type IssueCertificateInput } from "./issue-certificate"

/** The new decision; what it leaves out (product set, owner, covered SKUs) carries over. */
export type RenewCertificateInput = Pick<
  IssueCertificateInput,
  "decision_number" | "decision_date" | "issuer" | "stars" | "program_year" | "legal_basis" | "issued_at" | "expires_at"
> &
  Partial<Pick<IssueCertificateInput, "product_set" | "skus">> & { id: string }

const RENEWABLE = new Set(["valid", "expired"])

/** Builds the re-recognition decision from the certificate it replaces. */
const prepareRenewalStep = createStep("prepare-renewal", async (input: RenewCertificateInput, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const {
    data: [previous],
  } = await query.graph({
    entity: "certificate",
    fields: ["*", "product.id", "skus.packaging", "skus.label_image_url", "skus.product_variant.id"],
    filters: { id: input.id },
  })
  if (!previous)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không tìm thấy giấy chứng nhận này: có thể nó đã bị xoá hoặc đường dẫn không đúng."
    )
  if (!RENEWABLE.has(previous.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      previous.status === "revoked"
        ? `Giấy chứng nhận ${previous.decision_number} đã bị thu hồi: sản phẩm phải được đánh giá lại như sản phẩm mới.`
        : `Giấy chứng nhận ${previous.decision_number} đang bị tạm đình chỉ: khôi phục trước khi công nhận lại.`
    )
  }
  const { id, ...decision } = input
  const renewal: IssueCertificateInput = {
    ...decision,
    renews_id: previous.id,
    product_id: previous.product!.id,
    product_set: input.product_set ?? previous.product_set,
    owner_name: previous.owner_name,
    owner_address: previous.owner_address,
    owner_commune: previous.owner_commune,
    owner_district_as_issued: previous.owner_district_as_issued,
    owner_province: previous.owner_province,
    skus:
      input.skus ??
      (previous.skus ?? []).flatMap((sku) =>
        sku?.product_variant
          ? [{ variant_id: sku.product_variant.id, packaging: sku.packaging, label_image_url: sku.label_image_url }]
          : []
      ),
  }
  return new StepResponse(renewal)
})

/** The replaced certificate ends (status expired) as the new decision takes over. */
const supersedeCertificateStep = createStep(
  "supersede-certificate",
  async (input: { id: string }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [before] = await ocop.listCertificates({ id: input.id }, { select: ["id", "status"] })
    await ocop.updateCertificates({ id: input.id, status: "expired" })
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).updateCertificates({ id: before.id, status: before.status })
  }
)

/** Re-recognition (QĐ 26/2026): a new decision replaces the certificate, which stays on record. */
export const renewCertificateWorkflow = createWorkflow("renew-certificate", (input: RenewCertificateInput) => {
  const renewal = prepareRenewalStep(input)
  supersedeCertificateStep({ id: input.id })
  const certificate = issueCertificateWorkflow.runAsStep({ input: renewal })
  return new WorkflowResponse(certificate)
})
