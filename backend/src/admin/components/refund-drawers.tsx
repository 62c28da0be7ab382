import { Input, Textarea, toast } from "@medusajs/ui"
import type { OrderPartMoney, ShopperRefund } from "@ocop/contracts"
import { fieldErrors, RefundPartBody, RefundPayoutBody } from "@ocop/contracts/schemas"
import { formatVnd } from "../lib/format"
import { useMarkRefundPaidOut, useRefundPart } from "../lib/refunds"
import { useDraftDialog } from "./draft-dialog"
import { Field, type FieldErrors } from "./form"
import { FormDrawer } from "./form-drawer"

type RefundDraft = { amount: string; reason: string }

/** The API's own checks, plus the ceiling the page already knows: never more than is left of what was paid. */
function refundErrors(draft: RefundDraft, refundable: number): FieldErrors {
  const parsed = RefundPartBody.safeParse({ amount: Number(draft.amount.replace(/\D/g, "")) || 0, reason: draft.reason })
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error).fields
  if (parsed.success && parsed.data.amount > refundable) errors.amount = `Chỉ còn hoàn được tối đa ${formatVnd(refundable)}.`
  return errors
}

/** "Hoàn tiền": gives back part of what the shopper paid for this producer's part, through the method they used. */
export const RefundPartDrawer = ({ orderId, part }: { orderId: string; part: OrderPartMoney }) => {
  const refund = useRefundPart(orderId, part.id)
  const dialog = useDraftDialog<RefundDraft>(
    { amount: String(part.refundable), reason: "" },
    (d) => refundErrors(d, part.refundable),
    refund
  )
  const onSubmit = dialog.submit(async (draft) => {
    const amount = Number(draft.amount.replace(/\D/g, ""))
    await refund.mutateAsync({ amount, reason: draft.reason.trim() })
    toast.success(`Đã hoàn ${formatVnd(amount)}`, { description: part.producer_name ?? undefined })
  }, "Không hoàn được tiền")

  return (
    <FormDrawer
      trigger="Hoàn tiền"
      title={`Hoàn tiền phần đơn của ${part.producer_name ?? "nhà sản xuất"}`}
      description={`Khách đã trả ${formatVnd(part.paid)} cho phần này, đã hoàn ${formatVnd(part.refunded)}. Thẻ được hoàn ngay qua Stripe; chuyển khoản và tiền mặt được ghi lại để văn phòng chuyển trả.`}
      submitLabel="Hoàn tiền"
      dialog={dialog}
      failure={refund.error}
      pending={refund.isPending}
      onSubmit={onSubmit}
    >
      <Field
        id={`${dialog.id}-amount`}
        label="Số tiền hoàn (₫)"
        error={dialog.errors.amount}
        hint={`Tối đa ${formatVnd(part.refundable)}.`}
      >
        <Input {...dialog.text("amount")} inputMode="numeric" autoComplete="off" />
      </Field>
      <Field id={`${dialog.id}-reason`} label="Lý do" error={dialog.errors.reason}>
        <Textarea {...dialog.text("reason")} rows={3} placeholder="Ví dụ: một chai bị nứt khi giao" />
      </Field>
    </FormDrawer>
  )
}

/** "Ghi nhận đã chuyển": the office transferred the refund from the bank and records the transfer's reference. */
export const MarkRefundPaidOutDrawer = ({ orderId, refund }: { orderId: string; refund: ShopperRefund }) => {
  const markPaidOut = useMarkRefundPaidOut(orderId, refund.id)
  const validate = (draft: { reference: string }): FieldErrors => {
    const parsed = RefundPayoutBody.safeParse(draft)
    return parsed.success ? {} : fieldErrors(parsed.error).fields
  }
  const dialog = useDraftDialog({ reference: "" }, validate, markPaidOut)
  const onSubmit = dialog.submit(async (draft) => {
    await markPaidOut.mutateAsync(draft.reference.trim())
    toast.success("Đã ghi nhận chuyển hoàn", { description: `${formatVnd(refund.amount)} · ${draft.reference.trim()}` })
  }, "Không ghi nhận được")

  return (
    <FormDrawer
      trigger="Ghi nhận đã chuyển"
      title={`Chuyển hoàn ${formatVnd(refund.amount)}`}
      description="Sau khi chuyển khoản trả khách từ tài khoản của văn phòng, nhập mã giao dịch trên sao kê để đối chiếu."
      submitLabel="Ghi nhận"
      dialog={dialog}
      failure={markPaidOut.error}
      pending={markPaidOut.isPending}
      onSubmit={onSubmit}
    >
      <Field id={`${dialog.id}-reference`} label="Mã giao dịch" error={dialog.errors.reference}>
        <Input {...dialog.text("reference")} autoComplete="off" placeholder="Ví dụ: FT26341123456" />
      </Field>
    </FormDrawer>
  )
}
