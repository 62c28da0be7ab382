import { Alert, Badge, Skeleton, Text } from "@medusajs/ui"
import { Link, type UIMatch, useParams } from "react-router-dom"
import { Stars } from "../../../components/certificate-badges"
import { DetailHeader, DetailLayout, DetailPageError, DetailPageSkeleton } from "../../../components/detail-page"
import { FeedUrlField, GenerateFeedButton, RotateTokenButton, ToggleFeedButton } from "../../../components/feed-actions"
import { FeedStateBadge, RunStatusBadge } from "../../../components/feed-badges"
import { EditFeedModal } from "../../../components/feed-form-modal"
import { ProductThumbnail } from "../../../components/product-thumbnail"
import { ReportTable } from "../../../components/report-table"
import { DataRow, Section } from "../../../components/section"
import { errorMessage } from "../../../lib/certificates"
import { channelLabel, PREVIEW_LIMIT, useFeed, useFeedPreview, warningLabel } from "../../../lib/feeds"
import { FEED_FORMAT_LABELS, FEED_RUN_TRIGGER_LABELS, type Feed, type FeedPreviewItem, type FeedWarning } from "@ocop/contracts"
import { formatBytes, formatDate, formatDateTime, formatNumber, formatProductSet, formatVnd } from "../../../lib/format"

/** What stands between the platform and a fresh file, newest concern first; null when nothing does. */
function statusNotices(feed: Feed) {
  const [latest] = feed.runs
  const served = feed.runs.find((run) => run.status === "succeeded")
  const notices = []
  if (latest?.status === "running") {
    notices.push(
      <Alert key="running" variant="info">
        Đang tạo tệp (bắt đầu lúc {formatDateTime(latest.started_at)}); trang tự cập nhật khi xong.
      </Alert>
    )
  }
  if (latest?.status === "failed") {
    notices.push(
      <Alert key="failed" variant="error">
        Lần tạo lúc {formatDateTime(latest.started_at)} thất bại: {latest.error ?? "không rõ lý do"}.{" "}
        {served
          ? `Nền tảng vẫn nhận tệp của lần tạo lúc ${formatDateTime(served.finished_at)}.`
          : "Nền tảng chưa có tệp nào để tải."}
      </Alert>
    )
  }
  if (!feed.active) {
    notices.push(
      <Alert key="paused" variant="warning">
        Nguồn cấp đang tạm dừng: nền tảng nhận lỗi 404 khi tải đường dẫn, và tệp không được tạo lại theo lịch. Bấm “Bật lại” để
        tiếp tục.
      </Alert>
    )
  } else if (!latest) {
    notices.push(
      <Alert key="new" variant="info">
        Chưa tạo tệp lần nào: nền tảng nhận lỗi 404 cho đến lần tạo đầu tiên. Bấm “Tạo lại ngay”, hoặc chờ lần tạo theo lịch lúc
        phút 15.
      </Alert>
    )
  }
  return notices.length ? <div className="flex flex-col gap-y-2">{notices}</div> : null
}

const Header = ({ feed }: { feed: Feed }) => (
  <DetailHeader
    title={feed.name}
    badge={<FeedStateBadge active={feed.active} />}
    summary={`${channelLabel(feed.channel)} · ${feed.format.toUpperCase()} · Tạo ngày ${formatDate(feed.created_at)}`}
    actions={
      <>
        <EditFeedModal feed={feed} />
        <RotateTokenButton feed={feed} />
        <ToggleFeedButton feed={feed} />
        <GenerateFeedButton feed={feed} />
      </>
    }
    notice={statusNotices(feed)}
  />
)

/** "Tất cả" for a filter that is not set: the feed then keeps every product. */
const all = (values: string[] | undefined, show: (values: string[]) => string = (v) => v.join(", ")) =>
  values?.length ? show(values) : "Tất cả"

const SettingsSection = ({ feed }: { feed: Feed }) => {
  const { filters } = feed
  return (
    <Section title="Cài đặt">
      <dl className="divide-y">
        <DataRow label="Kênh">{channelLabel(feed.channel)}</DataRow>
        <DataRow label="Định dạng tệp">{FEED_FORMAT_LABELS[feed.format] ?? feed.format}</DataRow>
        <DataRow label="Tỉnh, thành phố">{all(filters.provinces)}</DataRow>
        <DataRow label="Hạng sao">
          {filters.stars?.length ? (
            <span className="flex flex-col gap-y-1">
              {filters.stars.map((stars) => (
                <span key={stars} className="flex items-center gap-x-2">
                  <Stars stars={stars} /> {stars} sao
                </span>
              ))}
            </span>
          ) : (
            "Tất cả"
          )}
        </DataRow>
        <DataRow label="Bộ sản phẩm OCOP">{all(filters.product_sets?.map(formatProductSet), (sets) => sets.join("\n"))}</DataRow>
        <DataRow label="Nhà sản xuất">{all(filters.producers)}</DataRow>
        <DataRow label="Chỉ hàng còn">{filters.in_stock_only ? "Có" : "Không: hàng hết ghi “hết hàng”"}</DataRow>
        <DataRow label="utm_source">{feed.utm_source}</DataRow>
        <DataRow label="utm_medium">{feed.utm_medium}</DataRow>
        <DataRow label="utm_campaign">{feed.utm_campaign}</DataRow>
      </dl>
    </Section>
  )
}

/** A field as one string: the first of a list (additional images), "" when the platform has none. */
function field(item: FeedPreviewItem, name: string): string {
  const value = item.fields[name]
  return (Array.isArray(value) ? value[0] : value) ?? ""
}

/** The variant id, under the platform's own name for it (TikTok's `sku_id`). */
const itemId = (item: FeedPreviewItem) => field(item, "id") || field(item, "sku_id")

/** "120000 VND", as every platform reads a price, back in đồng for the marketer. */
function price(value: string) {
  const amount = value.match(/^(\d+) VND$/)?.[1]
  return amount ? formatVnd(Number(amount)) : value
}

const Warnings = ({ warnings }: { warnings: FeedWarning[] }) =>
  warnings.length ? (
    <ul className="flex flex-col gap-y-1 py-2">
      {warnings.map((warning) => (
        <li key={warning.code} className="flex flex-col items-start gap-y-0.5">
          <Badge size="2xsmall" color="orange">
            {warningLabel(warning.code)}
          </Badge>
          <span className="text-ui-fg-subtle txt-compact-xsmall whitespace-normal">{warning.message}</span>
        </li>
      ))}
    </ul>
  ) : (
    <span className="text-ui-fg-muted">—</span>
  )

/** The first items as the platform will read them, from the catalog as it is now. */
const PreviewSection = ({ feed }: { feed: Feed }) => {
  const { data: items, isLoading, isError, error } = useFeedPreview(feed.id)
  return (
    <Section
      title="Xem trước"
      actions={
        <Text size="small" className="text-ui-fg-subtle">
          {PREVIEW_LIMIT} mục đầu, theo dữ liệu hiện tại (có thể khác tệp đã tạo)
        </Text>
      }
    >
      {isLoading ? (
        <div className="px-6 py-4">
          <Skeleton className="h-24 w-full" />
        </div>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : (
        // Wide rows (picture, price, warnings) scroll sideways rather than squeeze the titles.
        <div className="overflow-x-auto">
          <ReportTable
            rows={items ?? []}
            empty="Không có mục nào: chưa có sản phẩm đang bán khớp bộ lọc. Thử nới bộ lọc bằng “Sửa bộ lọc”."
            rowKey={itemId}
            columns={[
              {
                header: "Ảnh",
                cell: (item) => <ProductThumbnail src={field(item, "image_link") || null} alt="" className="size-10" />,
              },
              {
                header: "Mã",
                cell: (item) => (
                  <span className="text-ui-fg-subtle block max-w-[140px] truncate font-mono" title={itemId(item)}>
                    {itemId(item)}
                  </span>
                ),
              },
              {
                header: "Tên",
                cell: (item) => {
                  const productId = field(item, "item_group_id")
                  return productId ? (
                    <Link
                      to={`/products/${productId}`}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover block max-w-[320px] whitespace-normal py-2"
                    >
                      {field(item, "title")}
                    </Link>
                  ) : (
                    <span className="block max-w-[320px] whitespace-normal py-2">{field(item, "title")}</span>
                  )
                },
              },
              {
                header: "Giá",
                numeric: true,
                cell: (item) => {
                  const sale = field(item, "sale_price")
                  return sale ? (
                    <span className="flex flex-col items-end whitespace-nowrap">
                      <span>{price(sale)}</span>
                      <span className="text-ui-fg-muted txt-compact-xsmall line-through">{price(field(item, "price"))}</span>
                    </span>
                  ) : (
                    <span className="whitespace-nowrap">{price(field(item, "price"))}</span>
                  )
                },
              },
              {
                header: "Tình trạng",
                cell: (item) => {
                  const inStock = /^in[ _]stock$/.test(field(item, "availability"))
                  return (
                    <Badge size="2xsmall" color={inStock ? "green" : "orange"} title={field(item, "availability")}>
                      {inStock ? "Còn hàng" : "Hết hàng"}
                    </Badge>
                  )
                },
              },
              { header: "Cảnh báo", cell: (item) => <Warnings warnings={item.warnings} /> },
            ]}
          />
        </div>
      )}
    </Section>
  )
}

const RunsSection = ({ feed }: { feed: Feed }) => (
  <Section
    title="Các lần tạo"
    actions={
      <Text size="small" className="text-ui-fg-subtle">
        20 lần gần nhất; tự động lúc phút 15 mỗi giờ khi đang chạy
      </Text>
    }
  >
    <div className="overflow-x-auto">
      <ReportTable
        rows={feed.runs}
        empty="Chưa tạo lần nào."
        rowKey={(run) => run.id}
        columns={[
          { header: "Bắt đầu", cell: (run) => <span className="whitespace-nowrap">{formatDateTime(run.started_at)}</span> },
          { header: "Cách tạo", cell: (run) => FEED_RUN_TRIGGER_LABELS[run.trigger] ?? run.trigger },
          { header: "Kết quả", cell: (run) => <RunStatusBadge status={run.status} /> },
          { header: "Số mục", cell: (run) => formatNumber(run.items), numeric: true },
          { header: "Cảnh báo", cell: (run) => formatNumber(run.warning_count), numeric: true },
          {
            header: "Dung lượng",
            cell: (run) => <span className="whitespace-nowrap">{formatBytes(run.bytes)}</span>,
            numeric: true,
          },
          {
            header: "Lỗi",
            cell: (run) =>
              run.error ? (
                <span className="text-ui-fg-error block max-w-[280px] whitespace-normal break-words py-2">{run.error}</span>
              ) : (
                <span className="text-ui-fg-muted">—</span>
              ),
          },
        ]}
      />
    </div>
  </Section>
)

/** The warnings of the file platforms are served now (the latest successful run): counts by kind, then the first ones. */
const WarningsSection = ({ feed }: { feed: Feed }) => {
  const run = feed.runs.find((candidate) => candidate.status === "succeeded")
  if (!run) return null
  const counts = Object.entries(run.warnings.counts)
    .filter(([, count]) => count > 0)
    .sort(([, a], [, b]) => b - a)
  const { first } = run.warnings
  return (
    <Section
      title="Cảnh báo của tệp hiện tại"
      actions={
        <Text size="small" className="text-ui-fg-subtle">
          Lần tạo lúc {formatDateTime(run.finished_at ?? run.started_at)}
        </Text>
      }
    >
      {counts.length ? (
        <>
          <dl className="divide-y">
            {counts.map(([code, count]) => (
              <DataRow key={code} label={warningLabel(code)}>
                <span className="tabular-nums">{formatNumber(count)}</span>
              </DataRow>
            ))}
          </dl>
          {run.warning_count > first.length && (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              {formatNumber(first.length)} cảnh báo đầu tiên trên tổng số {formatNumber(run.warning_count)}:
            </Text>
          )}
          <div className="max-h-[480px] overflow-auto">
            <ReportTable
              rows={first.map((warning, index) => ({ ...warning, key: `${warning.id}-${warning.code}-${index}` }))}
              empty="Lần tạo này không giữ chi tiết cảnh báo."
              rowKey={(warning) => warning.key}
              columns={[
                {
                  header: "Phiên bản",
                  cell: (warning) => (
                    <span className="text-ui-fg-subtle block max-w-[160px] truncate font-mono" title={warning.id}>
                      {warning.id}
                    </span>
                  ),
                },
                {
                  header: "Loại",
                  cell: (warning) => (
                    <Badge size="2xsmall" color="orange">
                      {warningLabel(warning.code)}
                    </Badge>
                  ),
                },
                { header: "Chi tiết", cell: (warning) => <span className="whitespace-normal">{warning.message}</span> },
              ]}
            />
          </div>
        </>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Không có cảnh báo nào: mọi mục đều đủ thông tin nền tảng yêu cầu.
        </Text>
      )}
    </Section>
  )
}

const FeedDetailPage = () => {
  const { id } = useParams()
  const { data: feed, isLoading, isError, error } = useFeed(id!)

  if (isLoading) return <DetailPageSkeleton />
  if (isError || !feed) return <DetailPageError noun="nguồn cấp" error={error} listPath="/feeds" />

  return (
    <DetailLayout
      header={<Header feed={feed} />}
      main={
        <>
          <Section title="Đường dẫn cho nền tảng">
            <FeedUrlField feed={feed} />
          </Section>
          <PreviewSection feed={feed} />
          <RunsSection feed={feed} />
          <WarningsSection feed={feed} />
        </>
      }
      side={<SettingsSection feed={feed} />}
    />
  )
}

const FeedBreadcrumb = ({ id }: { id: string }) => {
  const { data } = useFeed(id)
  return <>{data?.name ?? "Nguồn cấp"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <FeedBreadcrumb id={match.params.id!} />,
}

export default FeedDetailPage
