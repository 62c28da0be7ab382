import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { assertOwnPackagings, type CoveredSku } from "./issue-certificate"
import { syncListingWorkflow } from "./sync-listing"

export type UpdateCoverageInput = { id: string; skus: CoveredSku[] }

/** The certificate's product and current covered SKUs; refuses a revoked certificate or foreign variants. */
const prepareCoverageStep = createStep("prepare-coverage", async (input: UpdateCoverageInput, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const {
    data: [certificate],
  } = await query.graph({
    entity: "certificate",
    fields: ["id", "decision_number", "status", "product.id", "skus.id", "skus.product_variant.id"],
    filters: { id: input.id },
  })
  if (!certificate)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không tìm thấy giấy chứng nhận này: có thể nó đã bị xoá hoặc đường dẫn không đúng."
    )
  if (certificate.status === "revoked") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Giấy chứng nhận ${certificate.decision_number} đã bị thu hồi: không thể sửa các quy cách được công nhận.`
    )
  }
  const productId = certificate.product!.id
  await assertOwnPackagings(container, productId, input.skus)
  const current: { sku_id: string; variant_id?: string }[] = (certificate.skus ?? []).flatMap((sku) =>
    sku ? [{ sku_id: sku.id, variant_id: sku.product_variant?.id }] : []
  )
  return new StepResponse({ product_id: productId, current })
})

/** The replaced SKUs are soft-deleted (restored on compensation): what a certificate covered stays on record. */
const retireCertifiedSkusStep = createStep(
  "retire-certified-skus",
  async (skuIds: string[], { container }) => {
    await container.resolve<OcopModuleService>(OCOP_MODULE).softDeleteCertifiedSkus(skuIds)
    return new StepResponse(undefined, skuIds)
  },
  async (skuIds, { container }) => {
    if (skuIds?.length) await container.resolve<OcopModuleService>(OCOP_MODULE).restoreCertifiedSkus(skuIds)
  }
)

const createCertifiedSkusStep = createStep(
  "create-certified-skus",
  async (input: UpdateCoverageInput, { container }) => {
    const skus = await container.resolve<OcopModuleService>(OCOP_MODULE).createCertifiedSkus(
      input.skus.map((sku) => ({
        certificate_id: input.id,
        packaging: sku.packaging,
        label_image_url: sku.label_image_url ?? null,
      }))
    )
    const ids = skus.map((sku) => sku.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<OcopModuleService>(OCOP_MODULE).deleteCertifiedSkus(ids)
  }
)

const skuLink = (variantId: string, skuId: string) => ({
  [Modules.PRODUCT]: { product_variant_id: variantId },
  [OCOP_MODULE]: { certified_sku_id: skuId },
})

/**
 * The office corrects which packagings a certificate covers (e.g. a label registered at evaluation
 * but missing from the record). The listing and catalog follow in the same request.
 */
export const updateCoverageWorkflow = createWorkflow("update-certificate-coverage", (input: UpdateCoverageInput) => {
  const { product_id, current } = prepareCoverageStep(input)
  const oldLinks = transform({ current }, ({ current }) =>
    current.flatMap(({ sku_id, variant_id }) => (variant_id ? [skuLink(variant_id, sku_id)] : []))
  )
  dismissRemoteLinkStep(oldLinks)
  retireCertifiedSkusStep(transform({ current }, ({ current }) => current.map((sku) => sku.sku_id)))
  const skuIds = createCertifiedSkusStep(input)
  createRemoteLinkStep(
    transform({ input, skuIds }, ({ input, skuIds }) => skuIds.map((id, i) => skuLink(input.skus[i].variant_id, id)))
  )
  syncListingWorkflow.runAsStep({ input: { product_ids: transform({ product_id }, ({ product_id }) => [product_id]) } })
  emitEventStep({ eventName: "ocop.certificate.coverage_changed", data: { id: input.id } })
  return new WorkflowResponse({ id: input.id, product_id })
})
