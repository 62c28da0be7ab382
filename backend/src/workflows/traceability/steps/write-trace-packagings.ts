import type { CertificateDates } from "@ocop/contracts"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import type { TracePackagingInput } from "../../../modules/traceability/service"
import type { CardSource } from "../../../queries/card-sources"
import { present, type StandardRecord } from "../../../queries/published-standards"

/** What the trace page shows of a packaging, stored as it was read: validity is decided when a stamp is read. */
export type PackagingTrace = {
  product: { title: string; handle: string; thumbnail: string | null; variant_title: string; sku: string | null }
  producer: { name: string; handle: string; province: string | null; address: string | null } | null
  certificates: (CertificateDates & { stars: number })[]
  standards: StandardRecord[]
}

/** The trace rows of a product's packagings, from the same read its catalog card is built from. */
export function tracePackagings(product: CardSource): TracePackagingInput[] {
  const producer = product.producer
  return (product.variants ?? []).flatMap((variant) => {
    if (!variant) return []
    const trace: PackagingTrace = {
      product: {
        title: product.title,
        handle: product.handle,
        thumbnail: product.thumbnail ?? null,
        variant_title: variant.title,
        sku: variant.sku ?? null,
      },
      producer: producer
        ? { name: producer.name, handle: producer.handle, province: producer.province ?? null, address: producer.address ?? null }
        : null,
      certificates: (variant.certified_skus ?? []).flatMap((sku) => {
        const certificate = sku?.certificate
        return certificate
          ? [
              {
                stars: certificate.stars,
                status: certificate.status,
                expires_at: certificate.expires_at,
                renewal_filed_at: certificate.renewal_filed_at ?? null,
              },
            ]
          : []
      }),
      standards: present(product.published_standards),
    }
    return [{ variant_id: variant.id, product_id: product.id, trace }]
  })
}

export type TracePackagings = { product_ids: string[]; packagings: TracePackagingInput[] }

/** Makes the trace rows of these products exactly the given ones, beside their catalog cards. */
export const writeTracePackagingsStep = createStep(
  "write-trace-packagings",
  async (input: TracePackagings, { container }) => {
    const previous = await container
      .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
      .replaceTracePackagings(input.product_ids, input.packagings)
    return new StepResponse(undefined, { product_ids: input.product_ids, previous })
  },
  // Back to what they were: the trace never runs ahead of a failed change.
  async (snapshot, { container }) => {
    if (!snapshot?.product_ids.length) return
    await container
      .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
      .replaceTracePackagings(snapshot.product_ids, snapshot.previous)
  }
)
