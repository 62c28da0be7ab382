import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  commissionRateText,
  formatDateTime,
  monthText,
  SETTLEMENT_METHOD_LABELS,
  SETTLEMENT_STATUS_LABELS,
  type SettlementLine,
  type SettlementStatement,
  type SettlementStatementDetail,
  type SettlementStatus,
} from "@ocop/contracts"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { SETTLEMENT_MODULE } from "../modules/settlement"
import type SettlementModuleService from "../modules/settlement/service"

const STATEMENT_FIELDS = [
  "id",
  "producer_id",
  "period",
  "commission_bps",
  "collected_by_marketplace",
  "collected_by_producer",
  "commission",
  "balance",
  "status",
  "payout_reference",
  "paid_at",
  "created_at",
]

type StatementRow = Awaited<ReturnType<SettlementModuleService["listSettlementStatements"]>>[number]

function shapeStatement(row: StatementRow, names: Map<string, string>): SettlementStatement {
  return {
    id: row.id,
    producer: { id: row.producer_id, name: names.get(row.producer_id) ?? "—" },
    period: row.period,
    commission_bps: row.commission_bps,
    collected_by_marketplace: Number(row.collected_by_marketplace),
    collected_by_producer: Number(row.collected_by_producer),
    commission: Number(row.commission),
    balance: Number(row.balance),
    status: row.status,
    payout_reference: row.payout_reference,
    paid_at: row.paid_at ? new Date(row.paid_at).toISOString() : null,
    created_at: new Date(row.created_at).toISOString(),
  }
}

async function producerNames(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, string>()
  const producers = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ id: ids }, { select: ["id", "name"] })
  return new Map(producers.map((producer) => [producer.id, producer.name]))
}

/** Statements, newest month first: all of them for the office, only its own for a producer. */
export async function settlementStatements(
  container: MedusaContainer,
  filters: { producer_id?: string; period?: string; status?: SettlementStatus }
): Promise<SettlementStatement[]> {
  const rows = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).listSettlementStatements(
    {
      ...(filters.producer_id && { producer_id: filters.producer_id }),
      ...(filters.period && { period: filters.period }),
      ...(filters.status && { status: filters.status }),
    },
    { select: STATEMENT_FIELDS, order: { period: "DESC", created_at: "ASC" } }
  )
  const names = await producerNames(container, [...new Set(rows.map((row) => row.producer_id))])
  return rows.map((row) => shapeStatement(row, names))
}

/** One statement with its lines in date order; 404 for a producer asking for another producer's. */
export async function settlementStatement(
  container: MedusaContainer,
  id: string,
  producerId?: string
): Promise<SettlementStatementDetail> {
  const settlements = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const [row] = await settlements.listSettlementStatements(
    { id, ...(producerId && { producer_id: producerId }) },
    { select: STATEMENT_FIELDS }
  )
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy bảng quyết toán.")
  const lines = await settlements.listSettlementLines(
    { statement_id: row.id },
    { select: ["id", "occurred_at", "method", "reference", "amount", "commission"], order: { occurred_at: "ASC" } }
  )
  const names = await producerNames(container, [row.producer_id])
  return {
    ...shapeStatement(row, names),
    lines: lines.map(
      (line): SettlementLine => ({
        id: line.id,
        occurred_at: new Date(line.occurred_at).toISOString(),
        method: line.method,
        reference: line.reference,
        amount: Number(line.amount),
        commission: Number(line.commission),
      })
    ),
  }
}

/** The file's name: the producer's statement for the month, in plain ASCII so every browser keeps it. */
export const statementFileName = (statement: SettlementStatement) => `quyet-toan-ocop_${statement.period}_${statement.id}.csv`

/**
 * A statement as CSV rows: amounts as whole đồng without
 * separators so a spreadsheet sums them, one row per line, then the totals.
 */
export function statementCsv(statement: SettlementStatementDetail): (string | number)[][] {
  const rows: (string | number)[][] = [
    ["Bảng quyết toán", statement.producer.name, `Tháng ${monthText(statement.period)}`],
    ["Hoa hồng", commissionRateText(statement.commission_bps)],
    [],
    ["Ngày", "Đơn hàng / Bán tại quầy", "Hình thức thu", "Số tiền (VND)", "Hoa hồng (VND)"],
    ...statement.lines.map((line) => [
      formatDateTime(line.occurred_at),
      line.reference,
      SETTLEMENT_METHOD_LABELS[line.method],
      line.amount,
      line.commission,
    ]),
    [],
    ["Sàn thu hộ (chuyển khoản, thẻ)", "", "", statement.collected_by_marketplace],
    ["Nhà sản xuất tự thu (COD, điểm bán)", "", "", statement.collected_by_producer],
    ["Tổng hoa hồng", "", "", statement.commission],
    ["Sàn phải trả nhà sản xuất (âm: nhà sản xuất phải trả sàn)", "", "", statement.balance],
    [
      "Trạng thái",
      statement.status === "paid"
        ? `${SETTLEMENT_STATUS_LABELS.paid} (${statement.payout_reference ?? ""})`
        : SETTLEMENT_STATUS_LABELS[statement.status],
    ],
  ]
  return rows
}
