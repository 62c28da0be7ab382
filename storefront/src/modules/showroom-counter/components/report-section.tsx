import { td, th, TableScroller } from "@/modules/common/components/table"

export type ReportColumn<Row> = {
  header: string
  cell: (row: Row) => React.ReactNode
  /** Counts and money: right-aligned, so their digits line up. */
  numeric?: boolean
  /** More classes for the column's cells. */
  className?: string
}

/** One table of the showroom report under its heading, or what to say instead when the period has no rows. */
export default function ReportSection<Row>({
  id,
  title,
  label,
  caption,
  empty,
  rows,
  rowKey,
  columns,
}: {
  /** Names the section through its heading's id. */
  id: string
  title: string
  /** The scroller's name. */
  label: string
  caption: string
  empty: string
  rows: Row[]
  rowKey: (row: Row) => string
  columns: ReportColumn<Row>[]
}) {
  const headingId = `${id}-heading`
  const align = (column: ReportColumn<Row>) => (column.numeric ? " text-right" : "")
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-xl font-bold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-4">{empty}</p>
      ) : (
        <TableScroller label={label}>
          <table className="w-full min-w-lg border-collapse">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={`${th}${align(column)}`}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <td key={column.header} className={`${td}${align(column)}${column.className ? ` ${column.className}` : ""}`}>
                      {column.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </section>
  )
}
