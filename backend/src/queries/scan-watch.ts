import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type FlaggedStamp, SCAN_FLAG_LABELS } from "@ocop/contracts"
import { provinceByCode } from "@ocop/contracts/admin-units"
import type { NoticeToQueue } from "../modules/notice/types"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { formatStampCode } from "../modules/traceability/stamp-code"

type Page = { limit: number; offset: number }

/**
 * The stamps scan watch flagged, newest flag first, with batch, product, producer and the provinces
 * scanned in: all of them for the office, one producer's for its portal (`producer_id`); every one
 * without a page (a CSV).
 */
export async function flaggedStamps(
  container: MedusaContainer,
  filters: { producer_id?: string; id?: string[] },
  page?: Page
): Promise<{ flags: (FlaggedStamp & { producer_email: string | null })[]; count: number }> {
  const { rows, count } = await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).flaggedStamps(filters, page)
  if (!rows.length) return { flags: [], count }
  const [producers, { data: variants }] = await Promise.all([
    container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .listProducers({ id: [...new Set(rows.map((row) => row.producer_id))] }, { select: ["id", "name", "email"] }),
    container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "title", "product.title"],
      filters: { id: [...new Set(rows.map((row) => row.variant_id))] },
    }),
  ])
  const flags = rows.map((row) => {
    const producer = producers.find((p) => p.id === row.producer_id)
    const variant = variants.find((v) => v.id === row.variant_id)
    return {
      id: row.id,
      reason: row.reason,
      flagged_at: row.created_at.toISOString(),
      stamp: {
        code: formatStampCode(row.code),
        status: row.status,
        scans: row.scan_count,
        last_scanned_at: row.last_scanned_at?.toISOString() ?? null,
      },
      batch: { id: row.batch_id, lot_number: row.lot_number },
      product_title: variant ? `${variant.product?.title ?? ""} — ${variant.title}` : "",
      producer: { id: row.producer_id, name: producer?.name ?? "" },
      provinces: row.places.map((code) => provinceByCode(code)?.short ?? code),
      producer_email: producer?.email ?? null,
    }
  })
  return { flags, count }
}

/** The producer's e-mail for each flag, one per flag (its id is the key), for the producers that have an address. */
export async function stampFlagNotices(container: MedusaContainer, ids: string[]): Promise<NoticeToQueue[]> {
  const { flags } = await flaggedStamps(container, { id: ids }, { limit: ids.length, offset: 0 })
  return flags.flatMap((flag): NoticeToQueue[] =>
    flag.producer_email
      ? [
          {
            template: "stamp-flagged",
            to: flag.producer_email,
            data: {
              producer_name: flag.producer.name,
              code: flag.stamp.code,
              lot_number: flag.batch.lot_number,
              product_title: flag.product_title,
              reason: SCAN_FLAG_LABELS[flag.reason],
              provinces: flag.provinces,
              scans: flag.stamp.scans,
            },
            idempotency_key: `stamp-flagged:${flag.id}`,
            resource_type: "ocop_stamp_flag",
            resource_id: flag.id,
          },
        ]
      : []
  )
}
