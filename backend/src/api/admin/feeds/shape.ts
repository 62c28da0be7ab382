import { feedFileName, type FeedChannel, type FeedFormat } from "../../../modules/feed/formats"
import type FeedModuleService from "../../../modules/feed/service"
import type { Feed as FeedAnswer, FeedRun } from "@ocop/contracts"
import type { BeforeJson } from "../../../utils/before-json"

type Feed = Awaited<ReturnType<FeedModuleService["retrieveFeed"]>>
type Run = Awaited<ReturnType<FeedModuleService["listFeedRuns"]>>[number]

const backendUrl = () => (process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000").replace(/\/$/, "")

/** The address a platform fetches the feed from (the token is its only secret). */
export const feedUrl = (feed: Feed) =>
  `${backendUrl()}/feeds/${feed.token}/${feedFileName({ channel: feed.channel as FeedChannel, format: feed.format as FeedFormat })}`

export const shapeRun = (run: Run): BeforeJson<FeedRun, "started_at" | "finished_at"> => ({
  id: run.id,
  trigger: run.trigger,
  status: run.status,
  started_at: run.started_at,
  finished_at: run.finished_at,
  items: run.items,
  warning_count: run.warning_count,
  // A JSON column the generate-feed workflow writes in this shape.
  warnings: (run.warnings as FeedRun["warnings"] | null) ?? { counts: {}, first: [] },
  bytes: run.bytes,
  error: run.error,
})

export const shapeFeed = (
  feed: Feed,
  runs: Run[] = []
): BeforeJson<Omit<FeedAnswer, "runs">, "created_at"> & { runs: ReturnType<typeof shapeRun>[] } => ({
  id: feed.id,
  name: feed.name,
  channel: feed.channel,
  format: feed.format,
  filters: feed.filters ?? {},
  utm_source: feed.utm_source,
  utm_medium: feed.utm_medium,
  utm_campaign: feed.utm_campaign,
  active: feed.active,
  url: feedUrl(feed),
  created_at: feed.created_at,
  runs: runs.map(shapeRun),
})
