import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { type OverviewList, VIOLATION_GROUND_LABELS } from "@ocop/contracts"
import { Link } from "react-router-dom"
import { Figure } from "../../components/figure"
import { FlaggedStampsTable } from "../../components/flagged-stamps-table"
import { ReportTable } from "../../components/report-table"
import { Section } from "../../components/section"
import { errorMessage } from "../../lib/certificates"
import { formatDate, formatProductSet, formatStars } from "../../lib/format"
import { useDownloadOverviewList, useOfficeOverview } from "../../lib/office"

const link = "text-ui-fg-interactive hover:underline"

/** "Tải CSV" of one list: the whole list, under the name the API gives the file. */
function CsvButton({ list }: { list: OverviewList }) {
  const download = useDownloadOverviewList()
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={download.isPending}
      onClick={() =>
        download.mutate(list, {
          onError: (failure) => toast.error("Không tải được tệp CSV", { description: errorMessage(failure) }),
        })
      }
    >
      <ArrowDownTray />
      Tải CSV
    </Button>
  )
}

/** "n of m shown" under a list cut at the page's limit. */
const Shown = ({ shown, count }: { shown: number; count: number }) =>
  shown < count ? (
    <Text size="small" className="text-ui-fg-subtle px-6 py-3">
      Hiển thị {shown} trên {count}; tải CSV để xem đủ.
    </Text>
  ) : null

/** A count, opening the certificates it counts when it has a list. */
const Count = ({ label, value, to }: { label: string; value: number; to: string }) => (
  <Figure
    framed={false}
    label={label}
    value={
      <Link to={to} className={link}>
        {value}
      </Link>
    }
  />
)

const OverviewPage = () => {
  const { data, isLoading, isError, error } = useOfficeOverview()
  if (isLoading) return <Container>Đang tải…</Container>
  if (isError || !data) return <Container>Không tải được tổng quan: {errorMessage(error)}</Container>
  const { overview } = data

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>Tổng quan OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Giấy chứng nhận còn hiệu lực hôm nay (kể cả đang trong thời gian gia hạn khi đã nộp hồ sơ đánh giá lại đúng hạn), và
            những việc văn phòng cần theo dõi.
          </Text>
        </div>
        <div className="grid grid-cols-2 divide-x md:grid-cols-4">
          <Count label="Còn hiệu lực" value={overview.valid_total} to="/ocop-certificates?status=valid" />
          {overview.by_stars.map((row) => (
            <Count
              key={row.stars}
              label={`Hạng ${formatStars(row.stars)}`}
              value={row.count}
              to={`/ocop-certificates?status=valid&stars=${row.stars}`}
            />
          ))}
        </div>
      </Container>

      <Section title="Theo ngành và bộ sản phẩm">
        <ReportTable
          rows={overview.by_sector}
          rowKey={(row) => row.code}
          empty="Chưa có giấy chứng nhận còn hiệu lực."
          columns={[
            { header: "Ngành", cell: (row) => `${row.code}. ${row.name}` },
            {
              header: "Bộ sản phẩm",
              cell: (row) =>
                row.product_sets.map((set) => `${formatProductSet(set.product_set)}: ${set.count}`).join(" · ") || "—",
            },
            { header: "Số GCN", cell: (row) => row.count, numeric: true },
          ]}
        />
      </Section>

      <Section title="Theo tỉnh và xã" actions={<CsvButton list="by_commune" />}>
        <ReportTable
          rows={overview.by_commune}
          rowKey={(row) => `${row.province} ${row.commune}`}
          empty="Chưa có giấy chứng nhận còn hiệu lực."
          columns={[
            { header: "Tỉnh, thành phố", cell: (row) => row.province ?? "Chưa ghi" },
            { header: "Xã, phường", cell: (row) => row.commune ?? "Chưa ghi" },
            { header: "Số GCN", cell: (row) => row.count, numeric: true },
          ]}
        />
      </Section>

      <Section title="Sắp hết hạn" actions={<CsvButton list="expiring" />}>
        <div className="grid grid-cols-3 divide-x">
          {overview.expiring.counts.map((row) => (
            <Count
              key={row.within_days}
              label={`Trong ${row.within_days} ngày`}
              value={row.count}
              to={`/ocop-certificates?expiring_within=${row.within_days}&order=expires_at`}
            />
          ))}
        </div>
        <ReportTable
          rows={overview.expiring.certificates}
          rowKey={(row) => row.id}
          empty="Không có giấy chứng nhận nào hết hạn trong 180 ngày tới."
          columns={[
            {
              header: "Quyết định",
              cell: (row) => (
                <Link to={`/ocop-certificates/${row.id}`} className={link}>
                  {row.decision_number}
                </Link>
              ),
            },
            { header: "Sản phẩm", cell: (row) => row.product_name },
            { header: "Chủ thể", cell: (row) => row.owner_name },
            { header: "Hạng", cell: (row) => formatStars(row.stars) },
            { header: "Hết hạn", cell: (row) => formatDate(row.expires_at) },
            { header: "Còn (ngày)", cell: (row) => row.days_left, numeric: true },
            {
              header: "Hồ sơ đánh giá lại",
              cell: (row) => (row.renewal_filed_at ? `Đã nộp ${formatDate(row.renewal_filed_at)}` : "Chưa nộp"),
            },
          ]}
        />
        <Shown
          shown={overview.expiring.certificates.length}
          count={Math.max(0, ...overview.expiring.counts.map((window) => window.count))}
        />
      </Section>

      <Section
        title={`Sản phẩm 4★, 5★ chưa công bố TCCS (${overview.missing_standards.count})`}
        actions={<CsvButton list="missing_standard" />}
      >
        <ReportTable
          rows={overview.missing_standards.products}
          rowKey={(row) => row.product_id}
          empty="Mọi sản phẩm 4★, 5★ đều đã công bố tiêu chuẩn cơ sở."
          columns={[
            {
              header: "Sản phẩm",
              cell: (row) => (
                <Link to={`/products/${row.product_id}`} className={link}>
                  {row.product_title}
                </Link>
              ),
            },
            {
              header: "Chủ thể",
              cell: (row) => (
                <Link to={`/producers/${row.producer_id}`} className={link}>
                  {row.producer_name}
                </Link>
              ),
            },
            { header: "Hạng", cell: (row) => formatStars(row.stars) },
          ]}
        />
        <Shown shown={overview.missing_standards.products.length} count={overview.missing_standards.count} />
      </Section>

      <Section
        title={`Vi phạm chưa khắc phục (${overview.open_violations.count})`}
        actions={<CsvButton list="open_violations" />}
      >
        <ReportTable
          rows={overview.open_violations.violations}
          rowKey={(row) => row.id}
          empty="Không có vi phạm nào đang mở."
          columns={[
            { header: "Phát hiện", cell: (row) => formatDate(row.found_on) },
            {
              header: "Chủ thể",
              cell: (row) => (
                <Link to={`/producers/${row.producer_id}`} className={link}>
                  {row.producer_name ?? "—"}
                </Link>
              ),
            },
            { header: "Căn cứ", cell: (row) => VIOLATION_GROUND_LABELS[row.ground] },
            {
              header: "Giấy chứng nhận",
              cell: (row) =>
                row.certificate ? (
                  <Link to={`/ocop-certificates/${row.certificate.id}`} className={link}>
                    {row.certificate.decision_number}
                  </Link>
                ) : (
                  "—"
                ),
            },
            { header: "Hạn khắc phục", cell: (row) => formatDate(row.correct_by) },
          ]}
        />
        <Shown shown={overview.open_violations.violations.length} count={overview.open_violations.count} />
      </Section>

      <Section title={`Tem bị cảnh báo (${overview.flagged_stamps.count})`} actions={<CsvButton list="flagged_stamps" />}>
        <FlaggedStampsTable flags={overview.flagged_stamps.flags} />
        <Shown shown={overview.flagged_stamps.flags.length} count={overview.flagged_stamps.count} />
      </Section>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Tổng quan OCOP", icon: ChartBar })

export const handle = { breadcrumb: () => "Tổng quan OCOP" }

export default OverviewPage
