import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { BankTransferInstructions } from "@ocop/contracts"
import { BANK_TRANSFER_PROVIDER_ID } from "../modules/bank-transfer"
import { type ReceivingAccount, receivingAccount } from "../modules/bank-transfer/receiving-account"
import { bankOf, transferMemo, vietQrPayload } from "../modules/bank-transfer/vietqr"

export const NOT_A_TRANSFER_ORDER = "Không có thông tin chuyển khoản cho đơn hàng này."

/**
 * What the shopper must transfer for an order placed by bank transfer: the amount its payment session
 * committed to, the order's memo and the marketplace's account, with the VietQR payload of all three,
 * and whether the money arrived already (the page then says so instead of asking for it again).
 * An unknown order, or one paid another way, is refused as not found (the same answer for both).
 */
export async function bankTransferInstructions(
  container: MedusaContainer,
  orderId: string,
  account: ReceivingAccount = receivingAccount()
): Promise<BankTransferInstructions> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "currency_code",
      "payment_collections.payment_sessions.provider_id",
      "payment_collections.payment_sessions.amount",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
    ],
    filters: { id: orderId },
  })
  const order = orders[0]
  const session = (order?.payment_collections ?? [])
    .flatMap((collection) => collection?.payment_sessions ?? [])
    .find((s) => s?.provider_id === BANK_TRANSFER_PROVIDER_ID)
  if (!order?.display_id || !session) throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_A_TRANSFER_ORDER)

  // VND has no minor unit; a tax-inclusive total can still carry a rounding remainder, which no bank sends.
  const amount = Math.round(Number(session.amount))
  const memo = transferMemo(Number(order.display_id))
  const bank = bankOf(account.bank_bin)
  const paid = (order.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .some((payment) => payment?.provider_id === BANK_TRANSFER_PROVIDER_ID && !!payment.captured_at)
  return {
    paid,
    amount,
    currency_code: order.currency_code,
    memo,
    bank: { bin: account.bank_bin, name: bank?.name ?? null, short_name: bank?.short_name ?? null },
    account_number: account.account_number,
    account_name: account.account_name,
    qr_payload: vietQrPayload(account, amount, memo),
  }
}
