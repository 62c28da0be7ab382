import { DataTable, type DataTableOptions, Text, useDataTable } from "@medusajs/ui"
import { type ReactNode, useMemo } from "react"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "../lib/certificates"

export const PAGE_SIZE = 20

/**
 * The table of a list page. A row opens its own page; the page number is an `offset` kept in the URL
 * with the filters; a failed load shows the API's message rather than an empty table. `noun` names the
 * rows in the empty states and the pager ("giấy chứng nhận", "nhà sản xuất").
 */
export function ListTable<Row extends { id: string }>({
  columns,
  rows,
  count,
  isLoading,
  isError,
  error,
  offset,
  onOffsetChange,
  rowHref,
  noun,
  filtered,
  emptyHint,
  toolbar,
}: {
  columns: DataTableOptions<Row>["columns"]
  rows: Row[] | undefined
  count: number | undefined
  isLoading: boolean
  isError: boolean
  error: unknown
  offset: number
  onOffsetChange: (offset: number) => void
  rowHref: (id: string) => string
  noun: string
  /** Whether any filter is set: the empty state then suggests loosening them. */
  filtered: boolean
  /** What the empty state says when nothing exists yet: how the first row comes about. */
  emptyHint: string
  toolbar: ReactNode
}) {
  const navigate = useNavigate()
  const pagination = useMemo(() => ({ pageIndex: Math.floor(offset / PAGE_SIZE), pageSize: PAGE_SIZE }), [offset])
  const table = useDataTable({
    columns,
    data: rows ?? [],
    getRowId: (row) => row.id,
    rowCount: count ?? 0,
    isLoading,
    onRowClick: (_event, row) => navigate(rowHref(row.id)),
    pagination: {
      state: pagination,
      onPaginationChange: (next) => onOffsetChange(next.pageIndex * PAGE_SIZE),
    },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex-col items-stretch gap-y-3">{toolbar}</DataTable.Toolbar>
      {isError ? (
        <div className="flex min-h-[200px] items-center justify-center px-6 py-4">
          <Text className="text-ui-fg-error">{errorMessage(error)}</Text>
        </div>
      ) : (
        <DataTable.Table
          emptyState={{
            empty: filtered
              ? { heading: `Không có ${noun} nào khớp bộ lọc`, description: "Thử bỏ bớt điều kiện lọc." }
              : { heading: `Chưa có ${noun} nào`, description: emptyHint },
          }}
        />
      )}
      <DataTable.Pagination translations={{ of: "/", results: noun, pages: "trang", prev: "Trước", next: "Sau" }} />
    </DataTable>
  )
}
