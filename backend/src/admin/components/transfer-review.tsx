import { Button, Input, Select, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { INCOMING_TRANSFER_STATUS_LABELS, INCOMING_TRANSFER_STATUSES, type IncomingTransferRow } from "@ocop/contracts"
import { type FormEvent, useState } from "react"
import { errorMessage } from "../lib/certificates"
import { formatDateTime, formatVnd } from "../lib/format"
import { STATUS_COLORS, type TransferFilter, useAttachTransfer, useDismissTransfer, useTransfers } from "../lib/reconciliation"
import { ReasonPrompt } from "./reason-prompt"

const PAGE = 20

const FILTERS: { value: TransferFilter; label: string }[] = [
  { value: "review", label: "Cần xử lý" },
  ...INCOMING_TRANSFER_STATUSES.map((status) => ({ value: status, label: INCOMING_TRANSFER_STATUS_LABELS[status] })),
]

/** Attach to an order: the one its memo names is offered, another number can be typed (a mistyped memo). */
const AttachForm = ({ transfer }: { transfer: IncomingTransferRow }) => {
  const [displayId, setDisplayId] = useState(transfer.order ? String(transfer.order.display_id) : "")
  const attach = useAttachTransfer(transfer.id)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const { transfer: done } = await attach.mutateAsync({ display_id: Number(displayId) })
      toast.success(`Đã gắn vào đơn #${displayId}`, { description: done.note ?? undefined })
    } catch (error) {
      toast.error("Không gắn được", { description: errorMessage(error) })
    }
  }
  return (
    <form onSubmit={submit} className="flex items-center gap-x-2">
      <Input
        size="small"
        inputMode="numeric"
        aria-label="Số đơn hàng"
        placeholder="Số đơn"
        value={displayId}
        onChange={(event) => setDisplayId(event.target.value)}
        className="w-[90px]"
      />
      <Button size="small" variant="secondary" type="submit" isLoading={attach.isPending} disabled={!displayId.trim()}>
        Gắn vào đơn
      </Button>
    </form>
  )
}

const DismissButton = ({ transfer, outcome }: { transfer: IncomingTransferRow; outcome: "returned" | "ignored" }) => {
  const dismiss = useDismissTransfer(transfer.id)
  const returned = outcome === "returned"
  const amount = formatVnd(transfer.owed_back ?? transfer.amount)
  return (
    <ReasonPrompt
      text={{
        button: returned ? "Đã trả lại" : "Bỏ qua",
        title: returned ? `Đã trả lại ${amount} cho người chuyển?` : "Bỏ qua khoản này?",
        description: returned
          ? "Ghi lại cách đã trả (số uỷ nhiệm chi, ngày) để đối chiếu về sau."
          : "Khoản này không thuộc đơn nào của sàn (ví dụ tiền chuyển nhầm đã được ngân hàng xử lý). Ghi lại vì sao.",
        label: "Ghi chú",
        placeholder: returned ? "UNC số … ngày …" : "Vì sao bỏ qua",
        confirm: returned ? "Xác nhận đã trả" : "Bỏ qua",
      }}
      check={(note) => (note ? null : "Ghi lại vì sao, để người sau hiểu.")}
      pending={dismiss.isPending}
      run={async (note) => {
        try {
          await dismiss.mutateAsync({ outcome, note })
          toast.success(returned ? "Đã ghi nhận trả lại" : "Đã bỏ qua")
          return true
        } catch (error) {
          toast.error("Không lưu được", { description: errorMessage(error) })
          return false
        }
      }}
    />
  )
}

/** The transfers the bank reported, by status: those waiting for a person first, with what they can decide. */
export const TransferReview = () => {
  const [status, setStatus] = useState<TransferFilter>("review")
  const [offset, setOffset] = useState(0)
  const { data, isLoading, isError, error } = useTransfers(status, offset, PAGE)
  const transfers = data?.transfers ?? []

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <Select
        size="small"
        value={status}
        onValueChange={(next) => {
          setStatus(next as TransferFilter)
          setOffset(0)
        }}
      >
        <Select.Trigger aria-label="Trạng thái" className="w-[260px]">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {FILTERS.map((filter) => (
            <Select.Item key={filter.value} value={filter.value}>
              {filter.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {isError ? (
        <Text className="text-ui-fg-error">{errorMessage(error)}</Text>
      ) : !isLoading && transfers.length === 0 ? (
        <Text className="text-ui-fg-subtle">Không có khoản chuyển khoản nào ở trạng thái này.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Ngày</Table.HeaderCell>
              <Table.HeaderCell>Số tiền</Table.HeaderCell>
              <Table.HeaderCell>Nội dung</Table.HeaderCell>
              <Table.HeaderCell>Đơn hàng</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell>Xử lý</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {transfers.map((transfer) => (
              <Table.Row key={transfer.id}>
                <Table.Cell className="whitespace-nowrap">{formatDateTime(transfer.received_at)}</Table.Cell>
                <Table.Cell className="whitespace-nowrap tabular-nums">
                  {formatVnd(transfer.amount)}
                  {transfer.owed_back !== null && (
                    <Text size="xsmall" className="text-ui-fg-error">
                      Nợ trả lại {formatVnd(transfer.owed_back)}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="max-w-[320px]">
                  <span className="block truncate" title={transfer.memo}>
                    {transfer.memo}
                  </span>
                  {transfer.note && (
                    <Text size="xsmall" className="text-ui-fg-subtle whitespace-normal">
                      {transfer.note}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {transfer.order ? (
                    <a href={`/app/orders/${transfer.order.id}`} className="text-ui-fg-interactive">
                      #{transfer.order.display_id}
                      {transfer.order.status === "canceled" && " (đã huỷ)"}
                    </a>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={STATUS_COLORS[transfer.status]}>
                    {INCOMING_TRANSFER_STATUS_LABELS[transfer.status]}
                  </StatusBadge>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap items-center gap-2 py-2">
                    {["partial", "unmatched", "order_closed"].includes(transfer.status) && (
                      <>
                        <AttachForm transfer={transfer} />
                        <DismissButton transfer={transfer} outcome="returned" />
                        <DismissButton transfer={transfer} outcome="ignored" />
                      </>
                    )}
                    {transfer.status === "overpaid" && <DismissButton transfer={transfer} outcome="returned" />}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {(data?.count ?? 0) > PAGE && (
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(offset - PAGE)}>
            Trước
          </Button>
          <Text size="small">
            {offset + 1}–{Math.min(offset + PAGE, data?.count ?? 0)} / {data?.count}
          </Text>
          <Button
            size="small"
            variant="secondary"
            disabled={offset + PAGE >= (data?.count ?? 0)}
            onClick={() => setOffset(offset + PAGE)}
          >
            Sau
          </Button>
        </div>
      )}
    </div>
  )
}
