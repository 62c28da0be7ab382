import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { defaultExpiry, validUntil, type CertificateDecision } from "@ocop/contracts"
import { syncListingWorkflow } from "./sync-listing"

export type IssueCertificateInput = Omit<CertificateDecision, "expires_at" | "renewal_filed_at"> & {
  product_id: string
  /** Three years after issue when not stated. */
  expires_at?: string
  /** Set when an existing certificate is recorded after its owner filed for renewal. */
  renewal_filed_at?: string | null
  owner_name: string
  owner_address?: string | null
  owner_commune?: string | null
  owner_district_as_issued?: string | null
  owner_province?: string | null
  /** The certificate this re-recognition decision replaces. */
  renews_id?: string | null
  skus: { variant_id: string; packaging: string; label_image_url?: string | null }[]
}

export type CoveredSku = IssueCertificateInput["skus"][number]

/**
 * A certificate covers packagings of its own product only; refuses any other variant, naming it.
 * Returns the product's title.
 */
export async function assertOwnPackagings(container: MedusaContainer, productId: string, skus: CoveredSku[]) {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "variants.id"], filters: { id: productId } })
  if (!data[0])
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không tìm thấy sản phẩm được chọn: có thể nó đã bị xoá; hãy chọn lại sản phẩm."
    )
  const own = new Set((data[0].variants ?? []).map((v) => v.id))
  const foreign = skus.filter((sku) => !own.has(sku.variant_id)).map((sku) => sku.variant_id)
  if (foreign.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${foreign.length} quy cách được chọn không thuộc sản phẩm "${data[0].title}": giấy chứng nhận chỉ bao gồm quy cách của chính sản phẩm đó.`
    )
  }
  return data[0].title
}

/** Refuses, before anything is written, a duplicate decision or a SKU of another product. */
const validateCertificateStep = createStep("validate-certificate", async (input: IssueCertificateInput, { container }) => {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const duplicates = await ocop.listCertificates({ issuer: input.issuer, decision_number: input.decision_number })
  if (duplicates.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Quyết định ${input.decision_number} của ${input.issuer} đã được ghi nhận cho một giấy chứng nhận khác.`
    )
  }
  const product_title = await assertOwnPackagings(container, input.product_id, input.skus)
  return new StepResponse({ product_title })
})

const createCertificateStep = createStep(
  "create-certificate",
  async ({ input, product_title }: { input: IssueCertificateInput; product_title: string }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const issuedAt = new Date(input.issued_at)
    const expiresAt = input.expires_at ? new Date(input.expires_at) : defaultExpiry(issuedAt)
    const renewalFiledAt = input.renewal_filed_at ? new Date(input.renewal_filed_at) : null
    // A decision recorded after its certificate ran out is history: stored expired, never listed.
    const lapsed = validUntil({ expires_at: expiresAt, renewal_filed_at: renewalFiledAt }).getTime() <= Date.now()
    const certificate = await ocop.createCertificates({
      status: lapsed ? "expired" : "valid",
      decision_number: input.decision_number,
      decision_date: new Date(input.decision_date),
      issuer: input.issuer,
      product_name: product_title,
      owner_name: input.owner_name,
      owner_address: input.owner_address ?? null,
      owner_commune: input.owner_commune ?? null,
      owner_district_as_issued: input.owner_district_as_issued ?? null,
      owner_province: input.owner_province ?? null,
      renews_id: input.renews_id ?? null,
      stars: input.stars,
      product_set: input.product_set,
      program_year: input.program_year,
      legal_basis: input.legal_basis,
      issued_at: issuedAt,
      expires_at: expiresAt,
      renewal_filed_at: renewalFiledAt,
    })
    const skus = await ocop.createCertifiedSkus(
      input.skus.map((sku) => ({
        certificate_id: certificate.id,
        packaging: sku.packaging,
        label_image_url: sku.label_image_url ?? null,
      }))
    )
    return new StepResponse({ certificate, sku_ids: skus.map((s) => s.id) }, certificate.id)
  },
  async (certificateId, { container }) => {
    if (!certificateId) return
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const skus = await ocop.listCertifiedSkus({ certificate_id: certificateId }, { select: ["id"] })
    await ocop.deleteCertifiedSkus(skus.map((s) => s.id))
    await ocop.deleteCertificates(certificateId)
  }
)

/** The coordination office records a recognition decision; the product is listed if now valid. */
export const issueCertificateWorkflow = createWorkflow("issue-certificate", (input: IssueCertificateInput) => {
  const { product_title } = validateCertificateStep(input)
  const { certificate, sku_ids } = createCertificateStep({ input, product_title })
  const links = transform({ input, certificate, sku_ids }, ({ input, certificate, sku_ids }) => [
    { [Modules.PRODUCT]: { product_id: input.product_id }, [OCOP_MODULE]: { certificate_id: certificate.id } },
    ...sku_ids.map((skuId, i) => ({
      [Modules.PRODUCT]: { product_variant_id: input.skus[i].variant_id },
      [OCOP_MODULE]: { certified_sku_id: skuId },
    })),
  ])
  createRemoteLinkStep(links)
  const productIds = transform({ input }, ({ input }) => [input.product_id])
  syncListingWorkflow.runAsStep({ input: { product_ids: productIds } })
  emitEventStep({ eventName: "ocop.certificate.issued", data: { id: certificate.id } })
  return new WorkflowResponse(certificate)
})
