import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Rss } from "@medusajs/icons"
import { Container, createDataTableColumnHelper, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { FeedStateBadge, RunStatusBadge } from "../../components/feed-badges"
import { CreateFeedModal } from "../../components/feed-form-modal"
import { ClearFilters, SingleFilter } from "../../components/filters"
import { ListTable, PAGE_SIZE } from "../../components/list-table"
import { FEED_CHANNEL_LABELS, FEED_CHANNELS, type Feed } from "@ocop/contracts"
import { channelLabel, useFeeds } from "../../lib/feeds"
import { formatDateTime, formatNumber } from "../../lib/format"
import { useUrlFilters } from "../../lib/url-filters"

const CHANNEL_OPTIONS = FEED_CHANNELS.map((channel) => ({ value: channel, label: FEED_CHANNEL_LABELS[channel] }))

const column = createDataTableColumnHelper<Feed>()

/** The list carries each feed's last run only. */
const lastRun = (feed: Feed) => feed.runs[0]

const columns = [
  column.accessor("name", {
    header: "Nguồn cấp",
    cell: ({ row }) => (
      // A real link too, so the list can be used from the keyboard; the row click does the same.
      <Link
        to={`/feeds/${row.original.id}`}
        onClick={(event) => event.stopPropagation()}
        className="text-ui-fg-base hover:text-ui-fg-interactive focus-visible:text-ui-fg-interactive block truncate py-2 outline-none"
      >
        {row.original.name}
      </Link>
    ),
    maxSize: 260,
  }),
  column.accessor("channel", { header: "Kênh", cell: ({ getValue }) => channelLabel(getValue()) }),
  column.accessor("format", { header: "Định dạng", cell: ({ getValue }) => getValue().toUpperCase() }),
  column.accessor("active", { header: "Trạng thái", cell: ({ getValue }) => <FeedStateBadge active={getValue()} /> }),
  column.display({
    id: "items",
    header: "Số mục",
    cell: ({ row }) => {
      const run = lastRun(row.original)
      return <span className="tabular-nums">{run ? formatNumber(run.items) : "—"}</span>
    },
  }),
  column.display({
    id: "warnings",
    header: "Cảnh báo",
    cell: ({ row }) => {
      const run = lastRun(row.original)
      return (
        <span className={run?.warning_count ? "text-ui-fg-base tabular-nums" : "text-ui-fg-muted tabular-nums"}>
          {run ? formatNumber(run.warning_count) : "—"}
        </span>
      )
    },
  }),
  column.display({
    id: "last_run",
    header: "Lần tạo gần nhất",
    cell: ({ row }) => {
      const run = lastRun(row.original)
      return <span className="whitespace-nowrap">{run ? formatDateTime(run.finished_at ?? run.started_at) : "—"}</span>
    },
  }),
  column.display({
    id: "status",
    header: "Kết quả",
    cell: ({ row }) => <RunStatusBadge status={lastRun(row.original)?.status} />,
  }),
]

const FeedsPage = () => {
  const { params, offset, update, active, clear } = useUrlFilters(["channel"])
  const channel = FEED_CHANNELS.find((value) => value === params.get("channel"))
  const { data: feeds, isLoading, isError, error } = useFeeds()
  // Every feed comes in one answer (a marketer keeps a handful): filtered and paged here.
  const rows = channel ? feeds?.filter((feed) => feed.channel === channel) : feeds

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Nguồn cấp dữ liệu</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Danh mục sản phẩm OCOP cho Meta, TikTok và Google: nền tảng tải tệp từ đường dẫn bí mật, tệp được tạo lại lúc phút 15
            mỗi giờ.
          </Text>
        </div>
        <CreateFeedModal />
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
        rowHref={(id) => `/feeds/${id}`}
        noun="nguồn cấp"
        filtered={active}
        emptyHint="Bấm “Tạo nguồn cấp” để chọn kênh và sản phẩm, rồi dán đường dẫn của nguồn cấp vào nền tảng."
        toolbar={
          <div className="flex flex-wrap items-center gap-2">
            <SingleFilter
              label="Kênh"
              anyLabel="Mọi kênh"
              options={CHANNEL_OPTIONS}
              value={channel}
              onChange={(next) => update({ channel: next })}
              className="w-[240px]"
            />
            <ClearFilters active={active} onClear={clear} />
          </div>
        }
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Nguồn cấp dữ liệu",
  icon: Rss,
})

export const handle = {
  breadcrumb: () => "Nguồn cấp dữ liệu",
}

export default FeedsPage
