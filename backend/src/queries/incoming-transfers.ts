import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type IncomingTransferRow, TRANSFERS_TO_REVIEW } from "@ocop/contracts"
import type { ListTransfersQuery } from "@ocop/contracts/schemas"
import { RECONCILIATION_MODULE } from "../modules/reconciliation"
import type ReconciliationModuleService from "../modules/reconciliation/service"

/**
 * The office's review list (issue 16): transfers by status ("review": every one still waiting for a
 * person), newest first, each with the order it was matched to or its memo names.
 */
export async function listIncomingTransfers(
  container: MedusaContainer,
  { status, limit, offset }: ListTransfersQuery
): Promise<{ transfers: IncomingTransferRow[]; count: number }> {
  const [transfers, count] = await container
    .resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
    .listAndCountIncomingTransfers(
      { status: status === "review" ? [...TRANSFERS_TO_REVIEW] : status },
      { skip: offset, take: limit, order: { received_at: "DESC", created_at: "DESC" } }
    )
  const orderIds = [...new Set(transfers.flatMap((t) => (t.order_id ? [t.order_id] : [])))]
  const { data: orders } = orderIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "display_id", "status"],
        filters: { id: orderIds },
      })
    : { data: [] }
  const byId = new Map(orders.map((o) => [o.id, { id: o.id, display_id: Number(o.display_id), status: String(o.status) }]))
  return {
    count,
    transfers: transfers.map((t) => ({
      id: t.id,
      source: t.source,
      status: t.status,
      amount: Number(t.amount),
      memo: t.memo,
      received_at: new Date(t.received_at).toISOString(),
      bank_reference: t.bank_reference,
      order: (t.order_id && byId.get(t.order_id)) || null,
      owed_back: t.owed_back === null ? null : Number(t.owed_back),
      note: t.note,
      decided_at: t.decided_at ? new Date(t.decided_at).toISOString() : null,
    })),
  }
}
