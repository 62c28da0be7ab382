import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  type BatchTrace,
  displayedCertificateStatus,
  DAY_MS,
  ERROR_CODES,
  type ScanFlagReason,
  type StampTrace,
  scanWarning,
  validUntil,
  vietnamDay,
} from "@ocop/contracts"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { formatStampCode, readStampCode } from "../modules/traceability/stamp-code"
import type { BeforeJson } from "../utils/before-json"
import { counterStore } from "../utils/rate-limiter"
import { notifyStampFlagsWorkflow } from "../workflows/traceability/notify-stamp-flags"
import { type PackagingTrace, tracePackagings } from "../workflows/traceability/steps/write-trace-packagings"
import { cardSources } from "./card-sources"
import { standardLinks } from "./published-standards"
import { certificatesValidNow } from "./sellable-packaging"

const traceability = (container: MedusaContainer) => container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
const query = (container: MedusaContainer) => container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

/**
 * The stamp code a typed or scanned text (or trace URL) names; null when the text cannot be a stamp code
 * at all (a product name, a SKU). A code whose check character does not match is refused as mistyped
 * (400 `stamp_mistyped`): the person can compare it with the label.
 */
function stampCodeOf(typed: string): string | null {
  const reading = readStampCode(typed)
  if (!reading) return null
  if ("mistyped" in reading) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Mã tem ${formatStampCode(reading.mistyped)} có ký tự gõ nhầm: hãy đối chiếu lại từng ký tự với tem.`,
      ERROR_CODES.STAMP_MISTYPED
    )
  }
  return reading.code
}

/** A well-formed code no stamp has (404 `stamp_unknown`): the label may not be genuine. */
const unknownStamp = (code: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không tìm thấy tem ${formatStampCode(code)} trong hệ thống tem OCOP: nếu mã in trên tem đúng như vậy, sản phẩm có thể không chính hãng.`,
    ERROR_CODES.STAMP_UNKNOWN
  )

/** The stamp a typed or scanned code names, with its batch; null when the text is no stamp code (see stampCodeOf). */
export async function findStamp(container: MedusaContainer, typed: string) {
  const code = stampCodeOf(typed)
  if (!code) return null
  const [stamp] = await traceability(container).listStamps({ code }, { relations: ["batch"] })
  if (!stamp) throw unknownStamp(code)
  return stamp
}

/** The trace with the stamp's activation and the certificate's expiry still Dates. */
type BatchTraceBeforeJson = Omit<BatchTrace, "certificate"> & {
  certificate: BeforeJson<NonNullable<BatchTrace["certificate"]>, "expires_at"> | null
}
type StampTraceBeforeJson = BatchTraceBeforeJson & {
  stamp: BeforeJson<StampTrace["stamp"], "activated_at">
} & Pick<StampTrace, "scans" | "flags" | "warning">

/**
 * What the public trace page shows for a stamp: the unit's product, batch, producer and certificate,
 * as the national traceability portal does, and scan watch's warning. Counts a scan once per client and
 * day (see countStampScan).
 */
export async function traceOf(
  container: MedusaContainer,
  typed: string,
  scanner: Scanner,
  timed: Timed
): Promise<StampTraceBeforeJson> {
  const code = stampCodeOf(typed)
  if (!code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Đây không phải mã tem OCOP: mã tem gồm 13 chữ và số, in dạng XXXX-XXXX-XXXX-X.",
      ERROR_CODES.STAMP_MALFORMED
    )
  }
  // The stamp, its batch and its packaging's trace row in one read: a scan is the busiest public read.
  const stamp = await timed("stamp", () => traceability(container).stampWithTrace(code))
  if (!stamp) throw unknownStamp(code)
  // A repeat read writes nothing: the count and flags are the ones read with the stamp.
  const counted = await timed("scan", () => countStampScan(container, stamp.id, scanner))
  const { scans, flags } = counted ?? { scans: stamp.scan_count, flags: stamp.flags }
  const batch = await timed("batch", async () =>
    batchTrace(
      { lot_number: stamp.lot_number, produced_on: stamp.produced_on, expires_on: stamp.expires_on },
      complete(stamp.trace as PackagingTrace | null) ?? (await packagingTraceNow(container, stamp.variant_id))
    )
  )
  return {
    stamp: { code: formatStampCode(stamp.code), status: stamp.status, activated_at: stamp.activated_at ?? null },
    scans,
    flags,
    warning: scanWarning(flags),
    ...batch,
  }
}

/** The trace of a batch a shopper received (its id is on their order): the same page, without a stamp. */
export async function batchTraceOf(container: MedusaContainer, batchId: string): Promise<BatchTraceBeforeJson> {
  const [batch] = await traceability(container).listBatches({ id: batchId })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lô hàng này.", ERROR_CODES.NOT_FOUND)
  const [row] = await traceability(container).listTracePackagings({ variant_id: batch.variant_id })
  return batchTrace(
    batch,
    complete(row?.trace as PackagingTrace | undefined) ?? (await packagingTraceNow(container, batch.variant_id))
  )
}

/**
 * The row when it can be shown: one written before its product was linked to its producer (links made
 * outside a workflow, as bulk imports do) is read again rather than shown without a producer.
 */
const complete = (trace: PackagingTrace | null | undefined) => (trace?.producer ? trace : null)

/**
 * A packaging's trace read from its product now, and written for the next scan: for a batch of a
 * product no listing workflow has run for since the trace rows came (they are written with its cards).
 */
async function packagingTraceNow(container: MedusaContainer, variantId: string): Promise<PackagingTrace> {
  const { data } = await query(container).graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: variantId },
  })
  const productId = data[0]?.product_id
  if (!productId) throw new Error(`The packaging ${variantId} of a batch has no product.`)
  const packagings = []
  for await (const page of cardSources(container, [productId])) packagings.push(...page.flatMap(tracePackagings))
  await traceability(container).replaceTracePackagings([productId], packagings)
  const packaging = packagings.find((row) => row.variant_id === variantId)
  if (!packaging) throw new Error(`The packaging ${variantId} of a batch is not among its product's.`)
  return packaging.trace as PackagingTrace
}

/** The page of a batch of a packaging: the certificate that makes it sellable now, else the latest. */
function batchTrace(
  batch: { lot_number: string; produced_on: Date; expires_on: Date | null },
  trace: PackagingTrace
): BatchTraceBeforeJson {
  const now = new Date()
  const covering = certificatesValidNow(trace.certificates, now).sort((a, b) => b.stars - a.stars)[0]
  const certificate =
    covering ?? [...trace.certificates].sort((a, b) => +new Date(b.expires_at) - +new Date(a.expires_at))[0] ?? null
  // A batch is only ever recorded by the producer of its packaging.
  if (!trace.producer) throw new Error(`The packaging ${trace.product.handle} of batch ${batch.lot_number} has no producer.`)
  return {
    batch: {
      lot_number: batch.lot_number,
      produced_on: vietnamDay(batch.produced_on),
      expires_on: batch.expires_on ? vietnamDay(batch.expires_on) : null,
    },
    product: trace.product,
    producer: trace.producer,
    certificate: certificate
      ? {
          stars: certificate.stars,
          valid: !!covering,
          status: covering
            ? "valid"
            : displayedCertificateStatus({ status: certificate.status, valid_until: validUntil(certificate) }),
          expires_at: new Date(certificate.expires_at),
        }
      : null,
    standards: standardLinks(trace.standards, now),
  }
}

/** Runs one step of a read, timing it under a name (the route reports the times in Server-Timing). */
export type Timed = <T>(name: string, work: () => Promise<T>) => Promise<T>

/**
 * Who scanned: the client (its address, or a showroom's counter) and where it scanned, asked only when
 * the scan counts (placing an address is a lookup a repeat read does not need; scan-place.ts).
 */
export type Scanner = { client: string; place: () => Promise<string> }

/**
 * A client's first read of the stamp on a Vietnam calendar day counts, durably, by day and place:
 * the stamp's scan count after it and its scan-watch flags. Null when this client already read it
 * today (reloading the page, replaying the QR): nothing is written. The producer is told of a flag this
 * scan raised as the scan returns (a failure there is left to the sweep in jobs/notify-stamp-flags.ts:
 * the shopper still gets the trace).
 */
export async function countStampScan(
  container: MedusaContainer,
  stampId: string,
  scanner: Scanner
): Promise<{ scans: number; flags: ScanFlagReason[] } | null> {
  const day = vietnamDay(Date.now())
  if (!(await counterStore().once(`scan:${stampId}:${scanner.client}:${day}`, DAY_MS))) return null
  const { scans, flags, raised } = await traceability(container).recordScan({
    stamp_id: stampId,
    day,
    place: await scanner.place(),
  })
  if (raised.length)
    await notifyStampFlagsWorkflow(container)
      .run({ input: { ids: raised.map((flag) => flag.id) } })
      .catch((error) =>
        container.resolve(ContainerRegistrationKeys.LOGGER).error(`Scan watch: could not tell a producer of a flag: ${error}`)
      )
  return { scans, flags }
}
