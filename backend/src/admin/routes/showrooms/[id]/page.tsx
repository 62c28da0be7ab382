import { Badge, Skeleton, Text } from "@medusajs/ui"
import type { Showroom, ShowroomReport } from "@ocop/contracts"
import { type UIMatch, useParams, useSearchParams } from "react-router-dom"
import { DetailHeader, DetailLayout, DetailPageError, DetailPageSkeleton } from "../../../components/detail-page"
import { GrantStaffAccountDrawer } from "../../../components/grant-staff-account-drawer"
import { PeriodFilter } from "../../../components/period-filter"
import { ReportTable } from "../../../components/report-table"
import { DataRow, Section } from "../../../components/section"
import { errorMessage } from "../../../lib/certificates"
import { formatDate, formatPercent, formatVnd } from "../../../lib/format"
import { periodFromParams, siteTypeLabel, useShowroomReport, useShowroomStaff } from "../../../lib/showrooms"
import { useUrlFilters } from "../../../lib/url-filters"
import { Figure } from "../../../components/figure"

const Figures = ({ report }: { report: ShowroomReport }) => (
  <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
    <Figure label="Doanh thu" value={formatVnd(report.revenue)} detail={`${report.sales_count} đơn`} />
    <Figure label="Số lượng bán" value={report.units_sold} detail={`Nhận ký gửi ${report.units_received} trong kỳ`} />
    <Figure label="Tỷ lệ bán hết" value={formatPercent(report.sell_through)} detail="Đã bán ÷ (tồn đầu kỳ + nhận trong kỳ)" />
    <Figure
      label="Tồn trên quầy hiện tại"
      value={report.stock_units}
      detail={`Trị giá ${formatVnd(report.stock_value)} theo giá bán · Lần bán gần nhất ${formatDate(report.last_sale_at)}`}
    />
  </div>
)

const ByProduct = ({ report }: { report: ShowroomReport }) => (
  <Section title="Theo sản phẩm">
    <ReportTable
      rows={report.by_product}
      empty="Chưa bán được sản phẩm nào trong kỳ."
      rowKey={(row) => row.product_id}
      columns={[
        { header: "Sản phẩm", cell: (row) => row.title },
        { header: "Số lượng", cell: (row) => row.units, numeric: true },
        { header: "Doanh thu", cell: (row) => formatVnd(row.revenue), numeric: true },
      ]}
    />
  </Section>
)

const ByProducer = ({ report }: { report: ShowroomReport }) => (
  <Section title="Theo nhà sản xuất">
    <ReportTable
      rows={report.by_producer}
      empty="Chưa bán được hàng của nhà sản xuất nào trong kỳ."
      rowKey={(row) => row.producer_id}
      columns={[
        { header: "Nhà sản xuất", cell: (row) => row.name },
        { header: "Số lượng", cell: (row) => row.units, numeric: true },
        { header: "Doanh thu", cell: (row) => formatVnd(row.revenue), numeric: true },
      ]}
    />
  </Section>
)

const SlowMovers = ({ report }: { report: ShowroomReport }) => (
  <Section
    title="Hàng bán chậm"
    actions={
      <Text size="small" className="text-ui-fg-subtle">
        Còn trên quầy, bán ít nhất trong kỳ: cân nhắc trả nhà sản xuất hoặc giới thiệu thêm
      </Text>
    }
  >
    <ReportTable
      rows={report.slow_movers}
      empty="Quầy không còn hàng."
      rowKey={(row) => row.variant_id}
      columns={[
        { header: "SKU", cell: (row) => <span className="font-mono">{row.sku ?? "—"}</span> },
        { header: "Sản phẩm", cell: (row) => row.title },
        { header: "Quy cách", cell: (row) => row.variant_title },
        { header: "Tồn trên quầy", cell: (row) => row.stock, numeric: true },
        { header: "Đã bán trong kỳ", cell: (row) => row.units_sold, numeric: true },
      ]}
    />
  </Section>
)

const ShowroomSection = ({ showroom }: { showroom: Showroom }) => (
  <Section title="Thông tin điểm bán">
    <dl className="divide-y">
      <DataRow label="Loại địa điểm">{siteTypeLabel(showroom.site_type)}</DataRow>
      <DataRow label="Địa chỉ">{showroom.address}</DataRow>
      <DataRow label="Xã, phường">{showroom.commune}</DataRow>
      <DataRow label="Tỉnh, thành phố">{showroom.province}</DataRow>
      <DataRow label="Giờ mở cửa">{showroom.opening_hours}</DataRow>
      <DataRow label="Đơn vị vận hành">{showroom.operator}</DataRow>
      <DataRow label="Điện thoại">{showroom.phone && <a href={`tel:${showroom.phone}`}>{showroom.phone}</a>}</DataRow>
      <DataRow label="Email">{showroom.email && <a href={`mailto:${showroom.email}`}>{showroom.email}</a>}</DataRow>
      <DataRow label="Đường dẫn trên cửa hàng">{showroom.handle}</DataRow>
    </dl>
  </Section>
)

/** "Nhân viên quầy": who can log in to this showroom's counter, and a new login. */
const StaffSection = ({ showroom }: { showroom: Showroom }) => {
  const { data: staff, isLoading, isError, error } = useShowroomStaff(showroom.id)
  return (
    <Section title="Nhân viên quầy" actions={<GrantStaffAccountDrawer showroom={showroom} />}>
      {isLoading ? (
        <div className="px-6 py-4">
          <Skeleton className="h-10 w-full" />
        </div>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : staff?.length ? (
        <ul className="divide-y">
          {staff.map((member) => (
            <li key={member.id} className="flex min-w-0 flex-col px-6 py-3">
              <Text size="small" weight="plus" className="truncate">
                {member.name}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle truncate">
                {member.email}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Chưa có tài khoản nào: cấp tài khoản để nhân viên đăng nhập ứng dụng quầy.
        </Text>
      )}
    </Section>
  )
}

const ShowroomReportPage = () => {
  const { id } = useParams()
  const { params, update } = useUrlFilters(["from", "to"])
  const period = periodFromParams(params)
  const { data, isLoading, isError, error } = useShowroomReport(id!, period)

  if (isLoading) return <DetailPageSkeleton />
  // A refused period keeps the page (and the inputs to correct it); an unknown showroom does not.
  if (isError && !data) return <DetailPageError noun="điểm bán" error={error} listPath="/showrooms" />
  if (!data) return null
  const { showroom, report } = data

  return (
    <DetailLayout
      header={
        <DetailHeader
          title={showroom.name}
          badge={
            <Badge size="2xsmall" color={showroom.active ? "green" : "grey"}>
              {showroom.active ? "Đang hoạt động" : "Đã đóng"}
            </Badge>
          }
          summary={`${siteTypeLabel(showroom.site_type)} · ${[showroom.commune, showroom.province].filter(Boolean).join(", ")}`}
          actions={<PeriodFilter value={period} shown={report.period} onChange={(change) => update(change)} />}
          notice={
            isError ? (
              <Text size="small" className="text-ui-fg-error">
                {errorMessage(error)}
              </Text>
            ) : null
          }
        />
      }
      main={
        <>
          <Figures report={report} />
          <ByProduct report={report} />
          <ByProducer report={report} />
          <SlowMovers report={report} />
        </>
      }
      side={
        <>
          <ShowroomSection showroom={showroom} />
          <StaffSection showroom={showroom} />
        </>
      }
    />
  )
}

const ShowroomBreadcrumb = ({ id }: { id: string }) => {
  const [params] = useSearchParams()
  const { data } = useShowroomReport(id, periodFromParams(params))
  return <>{data?.showroom.name ?? "Điểm bán"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <ShowroomBreadcrumb id={match.params.id!} />,
}

export default ShowroomReportPage
