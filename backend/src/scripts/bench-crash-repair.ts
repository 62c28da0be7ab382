/**
 * Times the crash-repair sweep on the benchmark catalog: `medusa exec ./src/scripts/bench-crash-repair.ts`
 * (run by `pnpm bench:repair`). The sweep runs every minute in every backend, so what matters is a
 * quiet sweep (nothing to repair) at province scale, and one after a crash left many cards stale.
 * Prints one JSON line. Never part of `pnpm start`.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { repairAfterCrash } from "../workflows/recovery/repair-after-crash"

const QUIET_SWEEPS = 5
const STALE_PRODUCTS = 1000

export default async function benchCrashRepair({ container }: ExecArgs) {
  const sql = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const sweep = async () => {
    const started = performance.now()
    const repairs = await repairAfterCrash(container, 1)
    return { ms: Math.round(performance.now() - started), repairs }
  }
  await sweep() // whatever generating the catalog left behind, and a warm process
  const quiet: number[] = []
  for (let i = 0; i < QUIET_SWEEPS; i++) quiet.push((await sweep()).ms)

  // A crash that lost the card refreshes of 1,000 products' stock changes (one more unit each).
  await sql.raw(
    `update inventory_level set stocked_quantity = stocked_quantity + 1,
            raw_stocked_quantity = jsonb_build_object('value', (stocked_quantity + 1)::text, 'precision', 20), updated_at = now()
      where inventory_item_id in (
        select vii.inventory_item_id from product_variant_inventory_item vii join product_variant v on v.id = vii.variant_id
         where v.product_id in (select id from product_card where deleted_at is null order by random() limit ?))`,
    [STALE_PRODUCTS]
  )
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const rssBefore = process.memoryUsage().rss
  const stale = await sweep()
  const [{ cards }] = (await sql.raw("select count(*)::int as cards from product_card where deleted_at is null")).rows
  console.log(
    `crash repair bench ${JSON.stringify({
      cards,
      quiet_ms: quiet,
      stale_products: STALE_PRODUCTS,
      stale_ms: stale.ms,
      stale_repairs: stale.repairs,
      rss_mb_before: Math.round(rssBefore / 2 ** 20),
      rss_mb_after: Math.round(process.memoryUsage().rss / 2 ** 20),
    })}`
  )
}
