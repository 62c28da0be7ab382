import { Button, Label, Select, Table, Text, toast } from "@medusajs/ui"
import {
  guessStatementColumns,
  parseCsv,
  STATEMENT_FIELD_LABELS,
  STATEMENT_FIELDS,
  STATEMENT_LIMITS,
  type StatementColumns,
  type StatementImportResult,
  type StatementField,
  statementHeaderRow,
  statementLines,
} from "@ocop/contracts"
import { type ChangeEvent, useId, useState } from "react"
import { errorMessage } from "../lib/certificates"
import { formatBytes, formatNumber } from "../lib/format"
import { useImportStatement } from "../lib/reconciliation"

const PREVIEW_ROWS = 5
const NONE = "none"

type Loaded = { name: string; rows: string[][]; header: number; columns: StatementColumns }

/** "3 khớp đơn, 1 chuyển thiếu, …": what an import recorded, in words. */
function summary(result: StatementImportResult): string {
  const parts = [
    [result.recorded.matched, "khớp đơn và đã ghi nhận thanh toán"],
    [result.recorded.partial, "chuyển thiếu"],
    [result.recorded.unmatched, "không khớp đơn nào"],
    [result.recorded.order_closed, "cho đơn đã huỷ hoặc đã trả"],
    [result.already_recorded, "đã nhập từ trước"],
  ] as const
  return parts
    .filter(([count]) => count > 0)
    .map(([count, what]) => `${formatNumber(count)} ${what}`)
    .join(", ")
}

/**
 * Import of a bank statement CSV: read in the browser, its columns guessed from the header's
 * Vietnamese words and open to correction, the first lines shown as they will be read; the backend
 * checks every line again and refuses the whole statement if one cannot be read.
 */
export const StatementImport = () => {
  const fileId = useId()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [result, setResult] = useState<StatementImportResult | null>(null)
  const importStatement = useImportStatement()

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    setLoaded(null)
    setResult(null)
    importStatement.reset()
    if (!file) return
    if (!/\.csv$/i.test(file.name)) return setFileError("Chỉ nhận tệp CSV: mở sao kê bằng Excel và lưu thành CSV UTF-8.")
    if (file.size > STATEMENT_LIMITS.bytes)
      return setFileError(
        `Tệp ${formatBytes(file.size)} quá lớn (tối đa ${formatBytes(STATEMENT_LIMITS.bytes)}): hãy tách sao kê.`
      )
    const rows = parseCsv(await file.text())
    if (!rows.length) return setFileError("Tệp không có dòng nào.")
    const header = statementHeaderRow(rows)
    setFileError(null)
    setLoaded({ name: file.name, rows, header, columns: guessStatementColumns(rows[header]) })
  }

  const lines = loaded ? statementLines(loaded.rows, loaded.header, loaded.columns) : []
  const unmapped = loaded ? STATEMENT_FIELDS.filter((field) => field !== "reference" && loaded.columns[field] === null) : []

  const setColumn = (field: StatementField, value: string) =>
    loaded && setLoaded({ ...loaded, columns: { ...loaded.columns, [field]: value === NONE ? null : Number(value) } })

  const submit = async () => {
    if (!loaded) return
    try {
      const { statement } = await importStatement.mutateAsync({ file_name: loaded.name, lines })
      setResult(statement)
      toast.success("Đã nhập sao kê", { description: summary(statement) || "Sao kê không có khoản tiền vào nào." })
    } catch {
      // The refusal (every unreadable line named) is shown under the button.
    }
  }

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={fileId} weight="plus">
          Tệp sao kê (CSV)
        </Label>
        <input id={fileId} type="file" accept=".csv,text/csv" onChange={onFile} className="txt-compact-small" />
        <Text size="small" className="text-ui-fg-subtle">
          Sao kê tài khoản nhận tiền, xuất từ ngân hàng và lưu thành CSV (tối đa {formatBytes(STATEMENT_LIMITS.bytes)},{" "}
          {formatNumber(STATEMENT_LIMITS.lines)} giao dịch). Dòng ghi nợ (tiền ra) được bỏ qua; nhập lại cùng sao kê không ghi
          trùng.
        </Text>
        {fileError && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {fileError}
          </Text>
        )}
      </div>

      {loaded && (
        <>
          <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
            {STATEMENT_FIELDS.map((field) => (
              <div key={field} className="flex flex-col gap-y-1">
                <Text size="small" weight="plus">
                  {STATEMENT_FIELD_LABELS[field]}
                </Text>
                <Select
                  size="small"
                  value={loaded.columns[field] === null ? NONE : String(loaded.columns[field])}
                  onValueChange={(value) => setColumn(field, value)}
                >
                  <Select.Trigger aria-label={`Cột ${STATEMENT_FIELD_LABELS[field]}`}>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value={NONE}>— Không có —</Select.Item>
                    {loaded.rows[loaded.header].map((name, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position in the header
                      <Select.Item key={index} value={String(index)}>
                        {`Cột ${index + 1}: ${name || "(trống)"}`}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            ))}
          </div>

          <Text size="small" className="text-ui-fg-subtle">
            {formatNumber(lines.length)} dòng dưới dòng tiêu đề (dòng {loaded.header + 1}); {PREVIEW_ROWS} dòng đầu:
          </Text>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Dòng</Table.HeaderCell>
                {STATEMENT_FIELDS.map((field) => (
                  <Table.HeaderCell key={field}>{STATEMENT_FIELD_LABELS[field]}</Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lines.slice(0, PREVIEW_ROWS).map((line) => (
                <Table.Row key={line.row}>
                  <Table.Cell>{line.row}</Table.Cell>
                  <Table.Cell>{line.date}</Table.Cell>
                  <Table.Cell className="tabular-nums">{line.amount}</Table.Cell>
                  <Table.Cell className="max-w-[320px] truncate" title={line.memo}>
                    {line.memo}
                  </Table.Cell>
                  <Table.Cell>{line.reference}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>

          {unmapped.length > 0 && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              Chọn cột cho: {unmapped.map((field) => STATEMENT_FIELD_LABELS[field]).join(", ")}.
            </Text>
          )}
          <div className="flex flex-col items-start gap-y-2">
            <Button
              size="small"
              onClick={submit}
              isLoading={importStatement.isPending}
              disabled={unmapped.length > 0 || lines.length === 0}
            >
              Nhập sao kê
            </Button>
            {importStatement.isError && (
              <Text size="small" className="text-ui-fg-error whitespace-pre-line" role="alert">
                {errorMessage(importStatement.error)}
              </Text>
            )}
            {result && (
              <Text size="small" role="status">
                Đã nhập {formatNumber(result.credits)} khoản tiền vào: {summary(result) || "không có khoản nào"}.
              </Text>
            )}
          </div>
        </>
      )}
    </div>
  )
}
