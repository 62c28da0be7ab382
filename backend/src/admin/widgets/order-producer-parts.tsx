import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import {
  type OrderPartMoney,
  PRODUCER_ORDER_STATUS_LABELS,
  REFUND_METHOD_LABELS,
  SHOPPER_REFUND_STATUS_LABELS,
} from "@ocop/contracts"
import { MarkRefundPaidOutDrawer, RefundPartDrawer } from "../components/refund-drawers"
import { ReasonPrompt } from "../components/reason-prompt"
import { errorMessage } from "../lib/certificates"
import { formatDateTime, formatVnd } from "../lib/format"
import { canCancelPart, canRefundPart, useCancelPart, useOrderPartsMoney } from "../lib/refunds"

/** "Huỷ phần đơn": the office cancels a producer's part before it ships; what was paid for it is refunded. */
const CancelPartButton = ({ orderId, part }: { orderId: string; part: OrderPartMoney }) => {
  const cancel = useCancelPart(orderId, part.id)
  return (
    <ReasonPrompt
      text={{
        button: "Huỷ phần đơn",
        title: `Huỷ phần đơn của ${part.producer_name ?? "nhà sản xuất"}`,
        description:
          part.paid > 0
            ? `Khách đã trả ${formatVnd(part.paid)} cho phần này: số tiền còn lại sẽ được hoàn theo cách khách đã trả.`
            : "Hàng giữ cho phần này được trả lại kho; khách thấy lý do huỷ.",
        label: "Lý do huỷ",
        placeholder: "Ví dụ: nhà sản xuất hết hàng",
        confirm: "Huỷ phần đơn",
      }}
      check={(reason) => (reason ? null : "Nhập lý do hủy để khách hàng được biết.")}
      refocusWhenMissing
      pending={cancel.isPending}
      run={async (reason) => {
        try {
          await cancel.mutateAsync(reason)
        } catch (error) {
          toast.error("Không huỷ được phần đơn", { description: errorMessage(error) })
          return false
        }
        toast.success("Đã huỷ phần đơn", { description: part.producer_name ?? undefined })
        return true
      }}
      onClose={() => cancel.reset()}
    />
  )
}

/**
 * Each producer's part of the order with its money (issue 16): paid, refunded, what can still be
 * given back; the office cancels or refunds a part, and records the transfers it makes back to shoppers.
 */
const OrderProducerPartsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data: parts, isLoading, isError, error } = useOrderPartsMoney(order.id)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Phần đơn theo nhà sản xuất</Heading>
      </div>
      {isLoading ? (
        <div className="px-6 py-4">
          <Skeleton className="h-16 w-full" />
        </div>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Không tải được phần đơn: {errorMessage(error)}
        </Text>
      ) : !parts?.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Đơn chưa được tách theo nhà sản xuất.
        </Text>
      ) : (
        parts.map((part) => (
          <section
            key={part.id}
            aria-label={`Phần đơn của ${part.producer_name ?? part.producer_id}`}
            className="flex flex-col gap-y-2 px-6 py-4"
          >
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" weight="plus">
                {part.producer_name ?? part.producer_id}
              </Text>
              <Badge size="2xsmall">{PRODUCER_ORDER_STATUS_LABELS[part.status]}</Badge>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              Giá trị {formatVnd(part.amount)} · Đã trả {formatVnd(part.paid)} · Đã hoàn {formatVnd(part.refunded)}
            </Text>
            {part.refunds.map((refund) => (
              <div key={refund.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border px-3 py-2">
                <Text size="xsmall">
                  {formatVnd(refund.amount)} · {REFUND_METHOD_LABELS[refund.method]} ·{" "}
                  {SHOPPER_REFUND_STATUS_LABELS[refund.status]}
                  {refund.payout_reference ? ` (${refund.payout_reference}, ${formatDateTime(refund.paid_out_at)})` : ""}
                  <br />
                  <span className="text-ui-fg-subtle">{refund.reason}</span>
                </Text>
                {refund.status === "to_pay_out" && <MarkRefundPaidOutDrawer orderId={order.id} refund={refund} />}
              </div>
            ))}
            {(canCancelPart(part) || canRefundPart(part)) && (
              <div className="flex items-center gap-x-2 pt-1">
                {canCancelPart(part) && <CancelPartButton orderId={order.id} part={part} />}
                {!canCancelPart(part) && canRefundPart(part) && <RefundPartDrawer orderId={order.id} part={part} />}
              </div>
            )}
          </section>
        ))
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  id: "ocop:order-producer-parts",
  zone: "order.details.side",
})

export default OrderProducerPartsWidget
