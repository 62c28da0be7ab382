import type { IInventoryService, ILockingModule, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import type { AdjustmentReason, MovementKind } from "@ocop/contracts"
import { movementDelta } from "../../../modules/showroom/movement-rules"
import type ShowroomModuleService from "../../../modules/showroom/service"
import { showroomPlaces } from "../../../queries/showroom-places"

export type MovementLine = { variant_id: string; quantity: number; batch_code?: string | null; unit_price?: number | null }
export type Actor = { type: "showroom_staff" | "user"; id: string }

export type MoveStockInput = {
  showroom_id: string
  kind: MovementKind
  lines: MovementLine[]
  reason?: AdjustmentReason | null
  note?: string | null
  order_id?: string | null
  actor: Actor
}

type VariantFacts = {
  id: string
  title: string
  sku: string | null
  product_id: string
  product_title: string
  producer_id: string | null
  inventory_item_id: string
}

export async function variantFacts(container: MedusaContainer, variantIds: string[]): Promise<Map<string, VariantFacts>> {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product.id", "product.title", "product.producer.id", "inventory_items.inventory_item_id"],
    filters: { id: [...new Set(variantIds)] },
  })
  // A packaging without its product or stock record moves nothing: left out, its line is refused as unknown.
  return new Map(
    data.flatMap((v) => {
      const inventoryItemId = v.inventory_items?.[0]?.inventory_item_id
      if (!v.product || !inventoryItemId) return []
      const facts: VariantFacts = {
        id: v.id,
        title: v.title,
        sku: v.sku ?? null,
        product_id: v.product.id,
        product_title: v.product.title ?? v.title,
        producer_id: v.product.producer?.id ?? null,
        inventory_item_id: inventoryItemId,
      }
      return [[v.id, facts] as const]
    })
  )
}

/** One movement row per line, with what the log and the reports need of its packaging. */
export function movementRows(input: MoveStockInput, facts: Map<string, VariantFacts>, deltas: number[]) {
  return input.lines.map((line, i) => {
    const variant = facts.get(line.variant_id)!
    return {
      showroom_id: input.showroom_id,
      kind: input.kind,
      quantity: deltas[i],
      reason: input.kind === "adjustment" ? (input.reason ?? null) : null,
      note: input.note ?? null,
      variant_id: variant.id,
      inventory_item_id: variant.inventory_item_id,
      sku: variant.sku,
      product_id: variant.product_id,
      producer_id: variant.producer_id,
      batch_code: line.batch_code ?? null,
      unit_price: line.unit_price ?? null,
      order_id: input.order_id ?? null,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
    }
  })
}

type Applied = { location_id: string; changes: { inventory_item_id: string; delta: number }[]; movement_ids: string[] }

/**
 * Changes the showroom's inventory and writes one movement per line, under the same per-item lock
 * Medusa takes to reserve stock: two counter sales of the last unit, or a sale racing an online
 * reservation, are serialised, and the second is refused instead of selling stock that is gone.
 */
export const moveShowroomStockStep = createStep(
  "move-showroom-stock",
  async (input: MoveStockInput, { container }) => {
    const deltas = input.lines.map((line) => movementDelta(input.kind, line.quantity, input.reason))
    const refusal = deltas.find((d): d is { refusal: string } => "refusal" in d)
    if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal.refusal)

    const { location_id } = await showroomPlaces(container, input.showroom_id)
    const facts = await variantFacts(
      container,
      input.lines.map((l) => l.variant_id)
    )
    const missing = input.lines.find((line) => !facts.get(line.variant_id)?.inventory_item_id)
    if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy sản phẩm (SKU) này.")

    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const showrooms = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    const itemIds = [...new Set(input.lines.map((line) => facts.get(line.variant_id)!.inventory_item_id))]

    const applied = await container.resolve<ILockingModule>(Modules.LOCKING).execute(itemIds, async () => {
      const levels = await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id })
      const levelOf = new Map(levels.map((level) => [level.inventory_item_id, level]))
      // Whole request checked before anything changes: a refused line leaves every count as it was.
      const change = new Map<string, number>()
      input.lines.forEach((line, i) => {
        const itemId = facts.get(line.variant_id)!.inventory_item_id
        change.set(itemId, (change.get(itemId) ?? 0) + (deltas[i] as { delta: number }).delta)
      })
      for (const [itemId, delta] of change) {
        const available = Number(levelOf.get(itemId)?.available_quantity ?? 0)
        if (delta < 0 && available + delta < 0) {
          const variant = [...facts.values()].find((f) => f.inventory_item_id === itemId)!
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Điểm bán chỉ còn ${available} "${variant.product_title}" (${variant.title}); không thể xuất ${-delta}.`
          )
        }
      }
      const newLevels = [...change.keys()].filter((itemId) => !levelOf.has(itemId))
      if (newLevels.length) {
        await inventory.createInventoryLevels(
          newLevels.map((itemId) => ({ inventory_item_id: itemId, location_id, stocked_quantity: 0 }))
        )
      }
      await inventory.adjustInventory(
        [...change].map(([itemId, delta]) => ({ inventoryItemId: itemId, locationId: location_id, adjustment: delta }))
      )
      const movements = await showrooms.createStockMovements(
        movementRows(
          input,
          facts,
          deltas.map((d) => (d as { delta: number }).delta)
        )
      )
      return {
        location_id,
        changes: [...change].map(([inventory_item_id, delta]) => ({ inventory_item_id, delta })),
        movement_ids: movements.map((m) => m.id),
      } satisfies Applied
    })
    return new StepResponse(applied.movement_ids, applied)
  },
  async (applied, { container }) => {
    if (!applied) return
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    await container.resolve<ILockingModule>(Modules.LOCKING).execute(
      applied.changes.map((c) => c.inventory_item_id),
      async () => {
        await inventory.adjustInventory(
          applied.changes.map((c) => ({
            inventoryItemId: c.inventory_item_id,
            locationId: applied.location_id,
            adjustment: -c.delta,
          }))
        )
      }
    )
    await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).deleteStockMovements(applied.movement_ids)
  }
)
