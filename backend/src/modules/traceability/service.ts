import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Batch } from "./models/batch"
import { ShippedBatch } from "./models/shipped-batch"
import { Stamp } from "./models/stamp"

export type StampCounts = { printed: number; activated: number; voided: number }

export default class TraceabilityModuleService extends MedusaService({ Batch, Stamp, ShippedBatch }) {
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

  /** One more scan of a stamp's QR (atomic, so simultaneous scans all count). */
  @InjectManager()
  async countScan(stampId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const { rows } = await sharedContext
      .manager!.getKnex()
      .raw(`UPDATE ocop_stamp SET scan_count = scan_count + 1, last_scanned_at = now() WHERE id = :id RETURNING scan_count`, {
        id: stampId,
      })
    return Number(rows[0]?.scan_count ?? 0)
  }
}
