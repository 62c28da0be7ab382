// What the office's feed API answers (docs/FEEDS-API.md): the marketer's catalog feeds for Meta,
// TikTok and Google and the runs that generate their files. Instants are ISO strings.
import type { FeedChannel, FeedFormat, FeedRunStatus, FeedRunTrigger } from "../feeds"
import type { FeedFilters } from "../schemas/feeds"

/** What a platform may object to in an item; a warning never drops the item. */
export type FeedWarning = { code: string; message: string }

/** One generation of a feed's file. */
export type FeedRun = {
  id: string
  trigger: FeedRunTrigger
  status: FeedRunStatus
  started_at: string
  finished_at: string | null
  items: number
  warning_count: number
  bytes: number | null
  error: string | null
  /** Counts cover every warning of the run; `first` keeps at most 500, each naming its variant. */
  warnings: { counts: Record<string, number>; first: (FeedWarning & { id: string })[] }
}

/** A feed as the API returns it: with its last run in the list, its last 20 runs on its own. */
export type Feed = {
  id: string
  name: string
  channel: FeedChannel
  format: FeedFormat
  filters: FeedFilters
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  active: boolean
  /** What the platform fetches; its token is the only secret. */
  url: string
  created_at: string
  /** Newest first. */
  runs: FeedRun[]
}

/** One item as the platform will read it: its own field names (`id`, or `sku_id` for TikTok). */
export type FeedPreviewItem = { fields: Record<string, string | string[]>; warnings: FeedWarning[] }
