import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { type ScanFlagReason, scanWatchReasons } from "@ocop/contracts"
import { Batch } from "./models/batch"
import { ShippedBatch } from "./models/shipped-batch"
import { Stamp } from "./models/stamp"
import { StampFlag } from "./models/stamp-flag"
import { StampScan } from "./models/stamp-scan"
import { TracePackaging } from "./models/trace-packaging"

export type StampCounts = { printed: number; activated: number; voided: number }

/** Where a scan was made: a province's GSO code, or `unknown` (not counted as a province). */
export const UNKNOWN_PLACE = "unknown"

/** A counted scan: the stamp's count after it, and its flags (`raised`: the ones this scan raised). */
export type ScanOutcome = { scans: number; flags: ScanFlagReason[]; raised: { id: string; reason: ScanFlagReason }[] }

/** One packaging's trace as the listing workflows write it (see models/trace-packaging.ts). */
export type TracePackagingInput = { variant_id: string; product_id: string; trace: Record<string, unknown> }

/** A stamp as the trace page reads it: the stamp, its batch's fields and its packaging's trace row. */
export type StampWithTrace = {
  id: string
  code: string
  status: "printed" | "activated" | "voided"
  activated_at: Date | null
  scan_count: number
  flags: ScanFlagReason[]
  batch_id: string
  variant_id: string
  lot_number: string
  produced_on: Date
  expires_on: Date | null
  trace: Record<string, unknown> | null
}

export default class TraceabilityModuleService extends MedusaService({
  Batch,
  Stamp,
  ShippedBatch,
  StampScan,
  StampFlag,
  TracePackaging,
}) {
  /** How many of each batch's stamps are in each status, counted in the database (a batch may hold thousands). */
  @InjectManager()
  async stampCounts(
    batchIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Map<string, StampCounts>> {
    const counts = new Map<string, StampCounts>(batchIds.map((id) => [id, { printed: 0, activated: 0, voided: 0 }]))
    if (!batchIds.length) return counts
    const { rows } = await sharedContext.manager!.getKnex().raw(
      `SELECT batch_id, status, CAST(count(*) AS int) AS n FROM ocop_stamp
       WHERE deleted_at IS NULL AND batch_id = ANY(:ids) GROUP BY batch_id, status`,
      { ids: batchIds }
    )
    for (const row of rows as { batch_id: string; status: keyof StampCounts; n: number }[])
      counts.get(row.batch_id)![row.status] = row.n
    return counts
  }

  /**
   * One more counted scan of a stamp on a Vietnam day in a place: the stamp's count, the day's count for
   * the place and any flag scan watch's rule raises, in one transaction. The scan's count, its place and
   * what the rule needs are one statement; a second writes new flags only when the rule raises one.
   */
  @InjectManager()
  async recordScan(
    scan: { stamp_id: string; day: string; place: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ScanOutcome> {
    return sharedContext.manager!.getKnex().transaction(async (trx) => {
      const { rows } = await trx.raw(
        `WITH stamp AS (
           UPDATE ocop_stamp SET scan_count = scan_count + 1, last_scanned_at = now()
           WHERE id = :stamp_id RETURNING scan_count, status
         ), place AS (
           INSERT INTO ocop_stamp_scan (id, stamp_id, day, place, count) VALUES (:id, :stamp_id, :day, :place, 1)
           ON CONFLICT (stamp_id, day, place) WHERE deleted_at IS NULL DO UPDATE SET count = ocop_stamp_scan.count + 1, updated_at = now()
         )
         SELECT stamp.scan_count, stamp.status,
           (SELECT CAST(count(*) AS int) FROM (
              SELECT place FROM ocop_stamp_scan WHERE stamp_id = :stamp_id AND place <> :unknown
              UNION SELECT CAST(:place AS text) WHERE :place <> :unknown) places) AS provinces,
           ARRAY(SELECT CAST(reason AS text) FROM ocop_stamp_flag WHERE stamp_id = :stamp_id AND deleted_at IS NULL) AS flags
         FROM stamp`,
        { ...scan, id: generateEntityId(undefined, "scan"), unknown: UNKNOWN_PLACE }
      )
      const [row] = rows as { scan_count: number; status: string; provinces: number; flags: ScanFlagReason[] }[]
      if (!row) throw new Error(`No stamp ${scan.stamp_id} to count a scan of.`)
      const state = { provinces: row.provinces, scans: row.scan_count, voided: row.status === "voided" }
      const fresh = scanWatchReasons(state).filter((reason) => !row.flags.includes(reason))
      if (!fresh.length) return { scans: row.scan_count, flags: row.flags, raised: [] }
      const values = fresh.map((reason) => [generateEntityId(undefined, "sflag"), scan.stamp_id, reason])
      const { rows: raised } = await trx.raw(
        `INSERT INTO ocop_stamp_flag (id, stamp_id, reason) VALUES ${values.map(() => "(?, ?, ?)").join(", ")}
         ON CONFLICT (stamp_id, reason) WHERE deleted_at IS NULL DO NOTHING RETURNING id, reason`,
        values.flat()
      )
      return { scans: row.scan_count, flags: [...row.flags, ...fresh], raised }
    })
  }

  /**
   * Flags with their stamp, batch and the provinces the stamp was scanned in (GSO codes), newest first;
   * one producer's only when `producer_id` is given; all of them without a page.
   */
  @InjectManager()
  async flaggedStamps(
    filters: { producer_id?: string; id?: string[] },
    page: { limit: number; offset: number } | undefined,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ rows: FlaggedStampRow[]; count: number }> {
    const knex = sharedContext.manager!.getKnex()
    const where = knex
      .queryBuilder()
      .from({ f: "ocop_stamp_flag" })
      .join({ s: "ocop_stamp" }, "s.id", "f.stamp_id")
      .join({ b: "production_batch" }, "b.id", "s.batch_id")
      .whereNull("f.deleted_at")
      .modify((builder) => {
        if (filters.producer_id) builder.where("b.producer_id", filters.producer_id)
        if (filters.id) builder.whereIn("f.id", filters.id)
      })
    const [rows, [{ count }]] = await Promise.all([
      where
        .clone()
        .select(
          "f.id",
          "f.reason",
          "f.created_at",
          "f.notified_at",
          "s.code",
          "s.status",
          "s.scan_count",
          "s.last_scanned_at",
          "b.id as batch_id",
          "b.lot_number",
          "b.producer_id",
          "b.variant_id",
          knex.raw(
            `ARRAY(SELECT DISTINCT place FROM ocop_stamp_scan p WHERE p.stamp_id = s.id AND p.place <> ? ORDER BY place) AS places`,
            [UNKNOWN_PLACE]
          )
        )
        .orderBy([
          { column: "f.created_at", order: "desc" },
          { column: "f.id", order: "desc" },
        ])
        .modify((builder) => {
          if (page) builder.limit(page.limit).offset(page.offset)
        }),
      where.clone().count<{ count: string }[]>({ count: "*" }),
    ])
    return { rows: rows as FlaggedStampRow[], count: Number(count) }
  }

  /**
   * Makes the trace rows of these products exactly `packagings`, in one transaction; returns the rows it
   * replaced, for compensation.
   */
  @InjectManager()
  async replaceTracePackagings(
    productIds: string[],
    packagings: TracePackagingInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<TracePackagingInput[]> {
    if (!productIds.length) return []
    const variantIds = packagings.map((packaging) => packaging.variant_id)
    return sharedContext.manager!.getKnex().transaction(async (trx) => {
      const { rows: previous } = await trx.raw(
        "SELECT variant_id, product_id, trace FROM trace_packaging WHERE product_id = ANY(?) OR variant_id = ANY(?) FOR UPDATE",
        [productIds, variantIds]
      )
      await trx.raw("DELETE FROM trace_packaging WHERE product_id = ANY(?) AND NOT variant_id = ANY(?)", [productIds, variantIds])
      // Most refreshes (a price, stock after an order) leave the trace as it was: such rows are not rewritten.
      if (packagings.length)
        await trx.raw(
          `INSERT INTO trace_packaging (variant_id, product_id, trace)
           SELECT * FROM unnest(?::text[], ?::text[], ?::jsonb[])
           ON CONFLICT (variant_id) DO UPDATE SET product_id = excluded.product_id, trace = excluded.trace, updated_at = now(), deleted_at = NULL
           WHERE (trace_packaging.product_id, trace_packaging.trace, trace_packaging.deleted_at)
             IS DISTINCT FROM (excluded.product_id, excluded.trace, NULL)`,
          [
            variantIds,
            packagings.map((packaging) => packaging.product_id),
            packagings.map((packaging) => JSON.stringify(packaging.trace)),
          ]
        )
      return previous as TracePackagingInput[]
    })
  }

  /** The stamp a code names, with its flags, its batch and its packaging's trace row (null when not written yet), in one read. */
  @InjectManager()
  async stampWithTrace(code: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const { rows } = await sharedContext.manager!.getKnex().raw(
      `SELECT s.id, s.code, s.status, s.activated_at, s.scan_count,
         ARRAY(SELECT CAST(f.reason AS text) FROM ocop_stamp_flag f WHERE f.stamp_id = s.id AND f.deleted_at IS NULL) AS flags,
         b.id AS batch_id, b.variant_id, b.lot_number, b.produced_on, b.expires_on, t.trace
       FROM ocop_stamp s
       JOIN production_batch b ON b.id = s.batch_id AND b.deleted_at IS NULL
       LEFT JOIN trace_packaging t ON t.variant_id = b.variant_id AND t.deleted_at IS NULL
       WHERE s.code = ? AND s.deleted_at IS NULL`,
      [code]
    )
    return (rows[0] as StampWithTrace | undefined) ?? null
  }
}

/** One flag as `flaggedStamps` reads it. */
export type FlaggedStampRow = {
  id: string
  reason: ScanFlagReason
  created_at: Date
  notified_at: Date | null
  code: string
  status: "printed" | "activated" | "voided"
  scan_count: number
  last_scanned_at: Date | null
  batch_id: string
  lot_number: string
  producer_id: string
  variant_id: string
  places: string[]
}
