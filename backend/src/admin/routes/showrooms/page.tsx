import { defineRouteConfig } from "@medusajs/admin-sdk"
import type { ShowroomOverviewRow } from "@ocop/contracts"
import { ArrowDownTray, ShoppingBag } from "@medusajs/icons"
import { Badge, Button, Container, createDataTableColumnHelper, Heading, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { ClearFilters } from "../../components/filters"
import { ListTable, PAGE_SIZE } from "../../components/list-table"
import { OpenShowroomModal } from "../../components/open-showroom-modal"
import { PeriodFilter } from "../../components/period-filter"
import { errorMessage } from "../../lib/certificates"
import { formatDate, formatPercent, formatVnd } from "../../lib/format"
import { periodFromParams, periodSearch, siteTypeLabel, useDownloadOverviewCsv, useShowroomOverview } from "../../lib/showrooms"
import { useUrlFilters } from "../../lib/url-filters"

type Row = ShowroomOverviewRow & { id: string }

const column = createDataTableColumnHelper<Row>()

const numeric = ({ getValue }: { getValue: () => number }) => <span className="tabular-nums">{getValue()}</span>

/** The table's columns; a showroom's report opens on the same period (`search`). */
const columnsFor = (search: string) => [
  column.accessor("rank", { header: "#", cell: numeric, maxSize: 48 }),
  column.display({
    id: "name",
    header: "Điểm bán",
    cell: ({ row }) => (
      // A real link too, so the table can be used from the keyboard; the row click does the same.
      <Link
        to={`/showrooms/${row.original.id}${search}`}
        onClick={(event) => event.stopPropagation()}
        className="text-ui-fg-base hover:text-ui-fg-interactive focus-visible:text-ui-fg-interactive block truncate py-2 outline-none"
      >
        {row.original.showroom.name}
      </Link>
    ),
    maxSize: 260,
  }),
  column.display({ id: "province", header: "Tỉnh, thành phố", cell: ({ row }) => row.original.showroom.province }),
  column.display({ id: "site_type", header: "Loại địa điểm", cell: ({ row }) => siteTypeLabel(row.original.showroom.site_type) }),
  column.display({
    id: "active",
    header: "Trạng thái",
    cell: ({ row }) => (
      <Badge size="2xsmall" color={row.original.showroom.active ? "green" : "grey"}>
        {row.original.showroom.active ? "Đang hoạt động" : "Đã đóng"}
      </Badge>
    ),
  }),
  column.accessor("sales_count", { header: "Số đơn", cell: numeric }),
  column.accessor("revenue", {
    header: "Doanh thu",
    cell: ({ getValue }) => <span className="whitespace-nowrap tabular-nums">{formatVnd(getValue())}</span>,
  }),
  column.accessor("units_sold", { header: "Số lượng bán", cell: numeric }),
  column.accessor("sell_through", {
    header: "Tỷ lệ bán hết",
    cell: ({ getValue }) => <span className="tabular-nums">{formatPercent(getValue())}</span>,
  }),
  column.accessor("on_hand_at_end", { header: "Tồn cuối kỳ", cell: numeric }),
  column.accessor("last_sale_at", { header: "Lần bán gần nhất", cell: ({ getValue }) => formatDate(getValue()) }),
]

const ShowroomsPage = () => {
  const { params, offset, update, active, clear } = useUrlFilters(["from", "to"])
  const period = periodFromParams(params)
  const search = periodSearch(period)
  const columns = useMemo(() => columnsFor(search), [search])
  const { data, isLoading, isError, error } = useShowroomOverview(period)
  const download = useDownloadOverviewCsv()
  // Every showroom comes in one answer (a province has a few dozen at most): paged here, ranks kept.
  const rows = data?.showrooms.map((row) => ({ ...row, id: row.showroom.id }))

  const downloadCsv = () =>
    download.mutate(period, {
      onError: (failure) => toast.error("Không tải được tệp CSV", { description: errorMessage(failure) }),
    })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Điểm bán OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Các điểm giới thiệu và bán sản phẩm OCOP trong kỳ, điểm yếu nhất trước: đã đóng, chưa bán được đơn nào, rồi doanh thu
            từ thấp đến cao.
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button size="small" variant="secondary" onClick={downloadCsv} isLoading={download.isPending}>
            <ArrowDownTray />
            Tải CSV
          </Button>
          <OpenShowroomModal />
        </div>
      </div>
      <ListTable
        columns={columns}
        rows={rows?.slice(offset, offset + PAGE_SIZE)}
        count={rows?.length}
        isLoading={isLoading}
        isError={isError}
        error={error}
        offset={offset}
        onOffsetChange={(next) => update({ offset: next }, { keepPage: true })}
        rowHref={(id) => `/showrooms/${id}${search}`}
        noun="điểm bán"
        filtered={false}
        emptyHint="Bấm “Mở điểm bán” để tạo điểm bán, rồi cấp tài khoản cho nhân viên quầy trên trang của điểm bán."
        toolbar={
          <div className="flex flex-wrap items-center gap-2">
            <PeriodFilter value={period} shown={data?.period} onChange={(change) => update(change)} />
            <ClearFilters active={active} onClear={clear} />
          </div>
        }
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Điểm bán OCOP",
  icon: ShoppingBag,
})

export const handle = {
  breadcrumb: () => "Điểm bán OCOP",
}

export default ShowroomsPage
