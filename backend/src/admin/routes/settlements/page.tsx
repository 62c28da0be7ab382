import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import {
  commissionRateText,
  monthText,
  previousMonth,
  SETTLEMENT_STATUS_LABELS,
  type SettlementStatement,
  type SettlementStatus,
} from "@ocop/contracts"
import { useId, useState } from "react"
import { ReasonPrompt } from "../../components/reason-prompt"
import { errorMessage } from "../../lib/certificates"
import { formatDateTime, formatVnd } from "../../lib/format"
import { useCloseMonth, useMarkStatementPaid, useSettlements } from "../../lib/settlements"

/** "Đánh dấu đã chi trả": the bank transfer's reference is required; a paid statement never changes. */
const MarkPaidButton = ({ statement }: { statement: SettlementStatement }) => {
  const markPaid = useMarkStatementPaid(statement.id)
  return (
    <ReasonPrompt
      text={{
        button: "Đánh dấu đã chi trả",
        title: `Chi trả cho ${statement.producer.name}, tháng ${monthText(statement.period)}`,
        description: `Sàn đã chuyển ${formatVnd(statement.balance)} cho nhà sản xuất. Sau khi xác nhận, bảng quyết toán không sửa được nữa.`,
        label: "Mã giao dịch chuyển khoản",
        placeholder: "Ví dụ: FT26335123456",
        confirm: "Xác nhận đã chi trả",
      }}
      check={(reference) => (reference ? null : "Nhập mã giao dịch chuyển khoản.")}
      refocusWhenMissing
      pending={markPaid.isPending}
      run={async (reference) => {
        try {
          await markPaid.mutateAsync(reference)
        } catch (error) {
          toast.error("Không ghi nhận được khoản chi trả", { description: errorMessage(error) })
          return false
        }
        toast.success("Đã ghi nhận chi trả", { description: statement.producer.name })
        return true
      }}
    />
  )
}

/** The office closes an ended month: one statement per producer that sold something in it. */
const CloseMonthForm = () => {
  const fieldId = useId()
  const [period, setPeriod] = useState(previousMonth(new Date()))
  const close = useCloseMonth()
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    try {
      const { created } = await close.mutateAsync(period)
      toast.success(`Đã quyết toán tháng ${monthText(period)}`, {
        description: created ? `${created} bảng quyết toán mới.` : "Không có bảng quyết toán mới: tháng đã được quyết toán.",
      })
    } catch (error) {
      toast.error("Không quyết toán được tháng này", { description: errorMessage(error) })
    }
  }
  return (
    <form onSubmit={submit} className="flex items-end gap-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor={fieldId} size="small">
          Tháng
        </Label>
        <Input id={fieldId} type="month" size="small" value={period} onChange={(event) => setPeriod(event.target.value)} />
      </div>
      <Button size="small" type="submit" isLoading={close.isPending}>
        Quyết toán tháng
      </Button>
    </form>
  )
}

const StatusBadge = ({ status }: { status: SettlementStatus }) => (
  <Badge size="2xsmall" color={status === "paid" ? "green" : "orange"}>
    {SETTLEMENT_STATUS_LABELS[status]}
  </Badge>
)

const SettlementsPage = () => {
  const { data: statements, isLoading, isError, error } = useSettlements({})
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Quyết toán nhà sản xuất</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-2xl">
            Mỗi tháng: tiền sàn thu hộ (chuyển khoản, thẻ), tiền nhà sản xuất tự thu (COD, điểm bán), hoa hồng trên mọi khoản bán
            và số sàn phải trả. Tháng trước được quyết toán tự động vào đầu tháng; số âm là nhà sản xuất phải trả sàn.
          </Text>
        </div>
        <CloseMonthForm />
      </div>
      {isError ? (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>
      ) : isLoading ? (
        <Text className="text-ui-fg-subtle px-6 py-4">Đang tải…</Text>
      ) : !statements?.length ? (
        <Text className="text-ui-fg-subtle px-6 py-4">
          Chưa có bảng quyết toán nào. Chọn một tháng đã qua và bấm “Quyết toán tháng”.
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Nhà sản xuất</Table.HeaderCell>
                <Table.HeaderCell>Tháng</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Sàn thu hộ</Table.HeaderCell>
                <Table.HeaderCell className="text-right">NSX tự thu</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Hoa hồng</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Sàn phải trả</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {statements.map((statement) => (
                <Table.Row key={statement.id}>
                  <Table.Cell>{statement.producer.name}</Table.Cell>
                  <Table.Cell>{monthText(statement.period)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatVnd(statement.collected_by_marketplace)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatVnd(statement.collected_by_producer)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatVnd(statement.commission)} ({commissionRateText(statement.commission_bps)})
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatVnd(statement.balance)}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge status={statement.status} />
                    {statement.status === "paid" && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {statement.payout_reference} · {formatDateTime(statement.paid_at)}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>{statement.status === "open" && <MarkPaidButton statement={statement} />}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Quyết toán", icon: CurrencyDollar })

export default SettlementsPage
