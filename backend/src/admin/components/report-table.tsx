import { Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type ReportColumn<Row> = { header: string; cell: (row: Row) => ReactNode; numeric?: boolean }

/** A plain table of a section, or a sentence when it has no rows. */
export function ReportTable<Row>({
  rows,
  empty,
  columns,
  rowKey,
}: {
  rows: Row[]
  empty: string
  columns: ReportColumn<Row>[]
  rowKey: (row: Row) => string
}) {
  if (!rows.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {empty}
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {columns.map((column) => (
            <Table.HeaderCell key={column.header} className={column.numeric ? "text-right" : undefined}>
              {column.header}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={rowKey(row)}>
            {columns.map((column) => (
              <Table.Cell key={column.header} className={column.numeric ? "text-right tabular-nums" : undefined}>
                {column.cell(row)}
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
