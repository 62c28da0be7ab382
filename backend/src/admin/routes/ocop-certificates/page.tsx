import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { Container, createDataTableColumnHelper, Heading, Select, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import {
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_STATUSES,
  type CertificateStatus,
  displayedCertificateStatus,
  OCOP_PRODUCT_SETS,
  type OfficeCertificate,
} from "@ocop/contracts"
import { CertificateStatusBadge, Stars, validUntilDate } from "../../components/certificate-badges"
import { ClearFilters, MultiFilter, SingleFilter, TextFilter } from "../../components/filters"
import { IssueCertificateModal } from "../../components/issue-certificate-modal"
import { ListTable, PAGE_SIZE } from "../../components/list-table"
import { ProductThumbnail } from "../../components/product-thumbnail"
import { type CertificateFilters, type CertificateOrder, EXPIRING_WINDOWS, useCertificates } from "../../lib/certificates"
import { daysUntil, formatDate, formatPlace, formatProductSet } from "../../lib/format"
import { useUrlFilters } from "../../lib/url-filters"

const STATUS_OPTIONS = CERTIFICATE_STATUSES.map((value) => ({ value, label: CERTIFICATE_STATUS_LABELS[value] }))
const STAR_OPTIONS = [3, 4, 5].map((value) => ({ value, label: `${value} sao` }))
const PRODUCT_SET_OPTIONS = Object.keys(OCOP_PRODUCT_SETS).map((set) => ({
  value: Number(set),
  label: formatProductSet(Number(set)),
}))
const EXPIRING_OPTIONS = EXPIRING_WINDOWS.map((days) => ({ value: String(days), label: `Sắp hết hạn trong ${days} ngày` }))

const ORDER_LABELS: Record<CertificateOrder, string> = {
  expires_at: "Hết hạn sớm nhất",
  "-expires_at": "Hết hạn muộn nhất",
  "-decision_date": "Quyết định mới nhất",
  decision_date: "Quyết định cũ nhất",
  product_name: "Tên sản phẩm (A–Z)",
}

const FILTER_KEYS = ["q", "status", "stars", "product_set", "province", "place", "expiring_within"]

/** Filters live in the URL, so a filtered list survives opening a certificate and coming back. */
function useFilters() {
  const { params, ...rest } = useUrlFilters(FILTER_KEYS)
  const list = (key: string) => params.get(key)?.split(",").filter(Boolean) ?? []
  const filters: CertificateFilters = {
    q: params.get("q") ?? "",
    status: list("status") as CertificateStatus[],
    stars: list("stars").map(Number),
    product_set: list("product_set").map(Number),
    province: params.get("province") ?? "",
    place: params.get("place") ?? "",
    expiring_within: Number(params.get("expiring_within")) || undefined,
    order: (params.get("order") as CertificateOrder | null) ?? undefined,
  }
  return { filters, ...rest }
}

const column = createDataTableColumnHelper<OfficeCertificate>()

const columns = [
  column.display({
    id: "product",
    header: "Sản phẩm",
    cell: ({ row }) => (
      <div className="flex items-center gap-x-3 py-2">
        <ProductThumbnail src={row.original.product?.thumbnail} />
        <div className="flex min-w-0 flex-col">
          <span className="text-ui-fg-base truncate">{row.original.product?.title ?? row.original.product_name}</span>
          <span className="text-ui-fg-muted txt-compact-xsmall truncate">{formatProductSet(row.original.product_set)}</span>
        </div>
      </div>
    ),
    maxSize: 260,
  }),
  column.accessor("decision_number", {
    header: "Quyết định",
    cell: ({ row }) => (
      <div className="flex flex-col py-2">
        {/* A real link too, so the list can be used from the keyboard; the row click does the same. */}
        <Link
          to={`/ocop-certificates/${row.original.id}`}
          onClick={(event) => event.stopPropagation()}
          className="text-ui-fg-base hover:text-ui-fg-interactive focus-visible:text-ui-fg-interactive outline-none"
        >
          {row.original.decision_number}
        </Link>
        <span className="text-ui-fg-muted txt-compact-xsmall">ngày {formatDate(row.original.decision_date)}</span>
      </div>
    ),
  }),
  column.accessor("issuer", { header: "Cơ quan cấp", maxSize: 170 }),
  column.accessor("stars", { header: "Hạng", cell: ({ getValue }) => <Stars stars={getValue()} /> }),
  column.display({
    id: "owner",
    header: "Chủ thể",
    cell: ({ row }) => (
      <div className="flex flex-col py-2">
        <span className="truncate">{row.original.owner_name}</span>
        <span className="text-ui-fg-muted txt-compact-xsmall truncate">{formatPlace(row.original) || "—"}</span>
      </div>
    ),
    maxSize: 220,
  }),
  column.display({
    id: "status",
    header: "Trạng thái",
    cell: ({ row }) => <CertificateStatusBadge certificate={row.original} />,
  }),
  column.accessor("valid_until", {
    header: "Hiệu lực đến",
    cell: ({ row }) => {
      const certificate = row.original
      const days = daysUntil(certificate.valid_until)
      const valid = displayedCertificateStatus(certificate) === "valid"
      // Renewal filed in time: valid past the printed expiry, until the new decision.
      const awaitingRenewal = valid && new Date(certificate.valid_until) > new Date(certificate.expires_at)
      return (
        <div className="flex flex-col py-2">
          <span>{validUntilDate(certificate) ?? "—"}</span>
          {awaitingRenewal ? (
            <span className="text-ui-fg-muted txt-compact-xsmall">chờ công nhận lại</span>
          ) : (
            valid && days <= 180 && <span className="text-ui-fg-error txt-compact-xsmall">còn {days} ngày</span>
          )}
        </div>
      )
    },
  }),
]

const CertificatesPage = () => {
  const { filters, offset, update, active, clear } = useFilters()
  const { data, isLoading, isError, error } = useCertificates(filters, { limit: PAGE_SIZE, offset })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>Chứng nhận OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Giấy chứng nhận sản phẩm OCOP của các chủ thể: hiệu lực, quy cách được công nhận, thu hồi và công nhận lại.
          </Text>
        </div>
        <IssueCertificateModal />
      </div>
      <ListTable
        columns={columns}
        rows={data?.certificates}
        count={data?.count}
        isLoading={isLoading}
        isError={isError}
        error={error}
        offset={offset}
        onOffsetChange={(next) => update({ offset: next }, { keepPage: true })}
        rowHref={(id) => `/ocop-certificates/${id}`}
        noun="giấy chứng nhận"
        filtered={active}
        emptyHint="Bấm “Cấp giấy chứng nhận” để ghi quyết định đầu tiên."
        toolbar={
          <>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <TextFilter
                type="search"
                label="Tìm giấy chứng nhận"
                placeholder="Tìm số quyết định, sản phẩm, chủ thể"
                value={filters.q ?? ""}
                onChange={(q) => update({ q })}
                className="w-full max-w-[400px]"
              />
              <Select value={filters.order ?? "expires_at"} onValueChange={(order) => update({ order })} size="small">
                <Select.Trigger aria-label="Sắp xếp" className="w-[220px]">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {(Object.keys(ORDER_LABELS) as CertificateOrder[]).map((order) => (
                    <Select.Item key={order} value={order}>
                      Sắp xếp: {ORDER_LABELS[order]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <MultiFilter
                label="Trạng thái"
                options={STATUS_OPTIONS}
                value={filters.status ?? []}
                onChange={(status) => update({ status })}
              />
              <MultiFilter
                label="Hạng sao"
                options={STAR_OPTIONS}
                value={filters.stars ?? []}
                onChange={(stars) => update({ stars })}
              />
              <MultiFilter
                label="Bộ sản phẩm"
                options={PRODUCT_SET_OPTIONS}
                value={filters.product_set ?? []}
                onChange={(product_set) => update({ product_set })}
              />
              <SingleFilter
                label="Sắp hết hạn"
                anyLabel="Mọi thời hạn"
                options={EXPIRING_OPTIONS}
                value={filters.expiring_within?.toString()}
                onChange={(expiring_within) => update({ expiring_within })}
                className="w-[230px]"
              />
              <TextFilter
                label="Tỉnh, thành phố"
                placeholder="Tỉnh, thành phố"
                value={filters.province ?? ""}
                onChange={(province) => update({ province })}
                className="w-[160px]"
              />
              <TextFilter
                label="Xã hoặc huyện"
                placeholder="Xã hoặc huyện"
                value={filters.place ?? ""}
                onChange={(place) => update({ place })}
                className="w-[160px]"
              />
              <ClearFilters active={active} onClear={clear} />
            </div>
          </>
        }
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chứng nhận OCOP",
  icon: BadgeCheck,
})

export const handle = {
  breadcrumb: () => "Chứng nhận OCOP",
}

export default CertificatesPage
