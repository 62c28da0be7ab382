import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, createDataTableColumnHelper, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ClearFilters, SingleFilter, TextFilter } from "../../components/filters"
import { ListTable, PAGE_SIZE } from "../../components/list-table"
import { ProducerStatusBadge } from "../../components/producer-status-badge"
import { formatDate } from "../../lib/format"
import { ownerTypeLabel, type ProducerFilters, useProducers } from "../../lib/producers"
import { type OfficeProducer, PRODUCER_STATUS_LABELS, PRODUCER_STATUSES, type ProducerStatus } from "@ocop/contracts"
import { useUrlFilters } from "../../lib/url-filters"

const STATUS_OPTIONS = PRODUCER_STATUSES.map((status) => ({ value: status, label: PRODUCER_STATUS_LABELS[status] }))

/** Filters live in the URL, so a filtered list survives opening a producer and coming back. */
function useFilters() {
  const { params, ...rest } = useUrlFilters(["q", "status", "province", "missing_standard"])
  const status = params.get("status") as ProducerStatus | null
  const filters: ProducerFilters = {
    q: params.get("q") ?? "",
    status: status && PRODUCER_STATUSES.includes(status) ? status : undefined,
    province: params.get("province") ?? "",
    missing_standard: params.get("missing_standard") === "true" ? "true" : undefined,
  }
  return { filters, ...rest }
}

const STANDARD_OPTIONS = [{ value: "true" as const, label: "Sản phẩm 4★/5★ chưa công bố TCCS" }]

const column = createDataTableColumnHelper<OfficeProducer>()

const columns = [
  column.accessor("name", {
    header: "Nhà sản xuất",
    cell: ({ row }) => (
      // A real link too, so the list can be used from the keyboard; the row click does the same.
      <Link
        to={`/producers/${row.original.id}`}
        onClick={(event) => event.stopPropagation()}
        className="text-ui-fg-base hover:text-ui-fg-interactive focus-visible:text-ui-fg-interactive block truncate py-2 outline-none"
      >
        {row.original.name}
      </Link>
    ),
    maxSize: 280,
  }),
  column.accessor("owner_type", { header: "Loại hình", cell: ({ getValue }) => ownerTypeLabel(getValue()) }),
  column.accessor("tax_code", { header: "Mã số thuế" }),
  column.display({
    id: "place",
    header: "Địa bàn",
    cell: ({ row }) => (
      <div className="flex flex-col py-2">
        <span className="truncate">{row.original.commune || "—"}</span>
        <span className="text-ui-fg-muted txt-compact-xsmall truncate">{row.original.province}</span>
      </div>
    ),
    maxSize: 220,
  }),
  column.accessor("product_count", {
    header: "Sản phẩm",
    cell: ({ getValue }) => <span className="tabular-nums">{getValue() ?? 0}</span>,
  }),
  column.accessor("missing_standard_count", {
    header: "Chưa công bố TCCS",
    cell: ({ getValue }) =>
      getValue() ? (
        <span className="text-ui-fg-error tabular-nums">{getValue()} sản phẩm 4★/5★</span>
      ) : (
        <span className="text-ui-fg-muted">—</span>
      ),
  }),
  column.accessor("status", {
    header: "Trạng thái",
    cell: ({ getValue }) => <ProducerStatusBadge status={getValue()} />,
  }),
  column.accessor("created_at", {
    header: "Ngày đăng ký",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

const ProducersPage = () => {
  const { filters, offset, update, active, clear } = useFilters()
  const { data, isLoading, isError, error } = useProducers(filters, { limit: PAGE_SIZE, offset })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Nhà sản xuất OCOP</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Hộ kinh doanh, hợp tác xã, tổ hợp tác và doanh nghiệp bán hàng trên chợ: duyệt đăng ký mới, tạm ngưng và cho bán lại.
        </Text>
      </div>
      <ListTable
        columns={columns}
        rows={data?.producers}
        count={data?.count}
        isLoading={isLoading}
        isError={isError}
        error={error}
        offset={offset}
        onOffsetChange={(next) => update({ offset: next }, { keepPage: true })}
        rowHref={(id) => `/producers/${id}`}
        noun="nhà sản xuất"
        filtered={active}
        emptyHint="Nhà sản xuất tự đăng ký trên cổng nhà sản xuất, rồi chờ duyệt ở đây."
        toolbar={
          <div className="flex flex-wrap items-center gap-2">
            <TextFilter
              type="search"
              label="Tìm nhà sản xuất"
              placeholder="Tìm nhà sản xuất"
              value={filters.q ?? ""}
              onChange={(q) => update({ q })}
              className="w-full max-w-[400px]"
            />
            <SingleFilter
              label="Trạng thái"
              anyLabel="Mọi trạng thái"
              options={STATUS_OPTIONS}
              value={filters.status}
              onChange={(status) => update({ status })}
              className="w-[200px]"
            />
            <TextFilter
              label="Tỉnh, thành phố"
              placeholder="Tỉnh, thành phố"
              value={filters.province ?? ""}
              onChange={(province) => update({ province })}
              className="w-[180px]"
            />
            <SingleFilter
              label="Tiêu chuẩn cơ sở"
              anyLabel="Mọi nhà sản xuất"
              options={STANDARD_OPTIONS}
              value={filters.missing_standard}
              onChange={(missing_standard) => update({ missing_standard })}
              className="w-[280px]"
            />
            <ClearFilters active={active} onClear={clear} />
          </div>
        }
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Nhà sản xuất OCOP",
  icon: BuildingStorefront,
})

export const handle = {
  breadcrumb: () => "Nhà sản xuất OCOP",
}

export default ProducersPage
