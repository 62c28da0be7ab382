/**
 * One year of counter sales for 30 showrooms, for benchmarks: `medusa exec ./src/scripts/bench-showroom.ts`.
 *
 * Opens showrooms up to 30 next to the demo ones, then writes a year of movement rows for each —
 * monthly consignments and daily sales at a pace that differs per showroom (a few sell nothing for
 * weeks, as the inspections found) — straight through the module: the benchmark times the reports
 * that read them, not the workflows that write them one by one. Resumable. Never part of `pnpm start`.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DAY_MS, type MovementKind } from "@ocop/contracts"
import { SHOWROOM_MODULE } from "../modules/showroom"
import type ShowroomModuleService from "../modules/showroom/service"
import { createShowroomWorkflow } from "../workflows/showroom/create-showroom"

const SHOWROOMS = 30
const DAYS = 365
const BATCH = 5000
const SITES = ["station", "highway_stop", "market_mall", "tourist_site", "craft_village", "post_office"] as const

type MovementRow = {
  showroom_id: string
  kind: MovementKind
  quantity: number
  variant_id: string
  inventory_item_id: string
  sku: string | null
  product_id: string
  producer_id: string
  actor_type: "user"
  actor_id: string
  note: string
  created_at: Date
  order_id?: string
  unit_price?: number
}

/** A stable pseudo-random number in [0, 1) for a seed, so every run generates the same year. */
function random(seed: number): number {
  const x = Math.sin(seed * 9301 + 49297) * 233280
  return x - Math.floor(x)
}

export default async function generateShowroomYear({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const showrooms = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
  for (let n = (await showrooms.listShowrooms({}, { select: ["id"] })).length; n < SHOWROOMS; n++) {
    await createShowroomWorkflow(container).run({
      input: {
        handle: `bench-${n}`,
        name: `Điểm OCOP thử nghiệm ${n}`,
        site_type: SITES[n % SITES.length],
        commune: `Xã thử nghiệm ${n}`,
        province: n % 3 === 0 ? "Nghệ An" : "Hà Tĩnh",
        address: `Số ${n}, đường thử nghiệm`,
        opening_hours: "7:00–21:00",
        operator: "Đơn vị thử nghiệm",
      },
    })
  }
  const all = await showrooms.listShowrooms({}, { select: ["id", "handle"], order: { handle: "ASC" } })
  if ((await showrooms.listStockMovements({ note: "bench-year" }, { take: 1, select: ["id"] })).length) {
    logger.info("bench showroom year: already generated")
    return
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    // The variant's prices by their full path, which Medusa's generated type knows.
    fields: ["id", "sku", "product.id", "product.producer.id", "inventory_items.inventory_item_id", "price_set.prices.amount"],
  })
  // The packagings a counter can sell: a producer's, with stock to count and a price.
  const pool = variants.flatMap((v) => {
    const producerId = v.product?.producer?.id
    const inventoryItemId = v.inventory_items?.[0]?.inventory_item_id
    const price = v.price_set?.prices?.[0]
    if (!v.product || !producerId || !inventoryItemId || !price) return []
    return [
      {
        id: v.id,
        sku: v.sku,
        product_id: v.product.id,
        producer_id: producerId,
        inventory_item_id: inventoryItemId,
        unit_price: Number(price.amount),
      },
    ]
  })
  const started = Date.now()
  const now = Date.now()
  let rows: MovementRow[] = []
  let written = 0
  const flush = async () => {
    if (!rows.length) return
    await showrooms.createStockMovements(rows)
    written += rows.length
    rows = []
  }
  for (const [s, showroom] of all.entries()) {
    // Sales a day: most showrooms 5–40, every sixth one next to nothing.
    const pace = s % 6 === 5 ? 0.3 : 5 + random(s) * 35
    const shelf = pool.filter((_, i) => (i + s) % 3 === 0).slice(0, 24)
    const movement = (
      variant: (typeof pool)[number],
      kind: MovementKind,
      quantity: number,
      at: number,
      extra: { order_id?: string; unit_price?: number } = {}
    ): MovementRow => ({
      showroom_id: showroom.id,
      kind,
      quantity,
      variant_id: variant.id,
      inventory_item_id: variant.inventory_item_id,
      sku: variant.sku,
      product_id: variant.product_id,
      producer_id: variant.producer_id,
      actor_type: "user",
      actor_id: "bench",
      note: "bench-year",
      created_at: new Date(at),
      ...extra,
    })
    for (let day = DAYS; day > 0; day--) {
      const dayStart = now - day * DAY_MS
      if (day % 30 === 0) for (const variant of shelf) rows.push(movement(variant, "receipt", Math.ceil(pace * 2), dayStart))
      const sales = Math.floor(pace * (0.5 + random(s * 1000 + day)))
      for (let k = 0; k < sales; k++) {
        const seed = s * 1_000_000 + day * 1000 + k
        const orderId = `order_bench_${s}_${day}_${k}`
        const lines = 1 + Math.floor(random(seed) * 2)
        for (let l = 0; l < lines; l++) {
          const variant = shelf[Math.floor(random(seed + l * 7) * shelf.length)]
          const at = dayStart + Math.floor(random(seed + 3) * DAY_MS)
          rows.push(
            movement(variant, "sale", -(1 + Math.floor(random(seed + l) * 3)), at, {
              order_id: orderId,
              unit_price: variant.unit_price,
            })
          )
        }
      }
      if (rows.length >= BATCH) await flush()
    }
    logger.info(
      `bench showroom year: ${s + 1}/${all.length} showrooms, ${written + rows.length} movements (${((Date.now() - started) / 1000).toFixed(0)} s)`
    )
  }
  await flush()
}
