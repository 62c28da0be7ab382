import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type SepayWebhookBody, sepayReceivedAt } from "@ocop/contracts/schemas"
import { RECONCILIATION_MODULE } from "../../../../modules/reconciliation"
import type ReconciliationModuleService from "../../../../modules/reconciliation/service"
import { recordIncomingTransferWorkflow } from "../../../../workflows/payment/record-incoming-transfer"

const SOURCE = "sepay"

/**
 * SePay's transfer notification (issue 16). Every accepted event answers 200 `{ success: true }`:
 * SePay retries anything else for half an hour. Money going out is not ours to match.
 */
export const POST = async (req: MedusaRequest<SepayWebhookBody>, res: MedusaResponse) => {
  const event = req.validatedBody
  if (event.transferType !== "in") return res.json({ success: true })
  const input = {
    source: SOURCE,
    external_id: event.id,
    amount: event.transferAmount,
    memo: event.content,
    received_at: sepayReceivedAt(event.transactionDate).toISOString(),
    bank_reference: event.referenceCode ?? null,
  }
  try {
    await recordIncomingTransferWorkflow(req.scope).run({ input })
  } catch (error) {
    // The same event delivered twice at once: the other delivery recorded it (unique per source and id).
    const [recorded] = await req.scope
      .resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
      .listIncomingTransfers({ source: SOURCE, external_id: event.id }, { select: ["id"] })
    if (!recorded) throw error
  }
  res.json({ success: true })
}
