import { useQuery } from "@tanstack/react-query"
import type { FeedFilters, FeedInput, UpdateFeedInput } from "@ocop/contracts/schemas"
import { useInvalidateWithProducts, useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"
import { FEED_CHANNEL_LABELS, type Feed, type FeedChannel, type FeedPreviewItem, type FeedRun } from "@ocop/contracts"

// The marketer's catalog feeds for Meta, TikTok and Google (docs/FEEDS-API.md).

export type { FeedFilters }

export const channelLabel = (channel: string) => FEED_CHANNEL_LABELS[channel as FeedChannel] ?? channel

/** What a platform may object to in an item; a warning never drops the item. */
export const WARNING_LABELS: Record<string, string> = {
  missing_image: "Thiếu ảnh",
  image_too_small: "Ảnh quá nhỏ",
  description_too_short: "Mô tả quá ngắn",
  title_truncated: "Tên bị cắt",
  no_stock: "Hết hàng",
  no_category: "Không có danh mục Google",
}

/** A code this page does not know yet is shown as the API sends it. */
export const warningLabel = (code: string) => WARNING_LABELS[code] ?? code

export type { FeedInput, UpdateFeedInput }

export const PREVIEW_LIMIT = 10

const FEEDS = "/admin/feeds"

/** Everything cached here starts with "feeds", so one invalidation refreshes the list, a feed and its preview. */
export const feedKeys = {
  all: ["feeds"] as const,
  list: () => ["feeds", "list"] as const,
  detail: (id: string) => ["feeds", "detail", id] as const,
  preview: (id: string) => ["feeds", "preview", id] as const,
}

/** The provinces and producers a feed's filters accept (those of approved producers). */
export function useFeedFilterOptions() {
  return useQuery({
    queryKey: ["feeds", "filter-options"],
    queryFn: () =>
      sdk.client.fetch<{ provinces: string[]; producers: { handle: string; name: string }[] }>("/admin/feed-filters"),
    staleTime: 5 * 60_000,
  })
}

export function useFeeds() {
  return useQuery({
    queryKey: feedKeys.list(),
    queryFn: () => sdk.client.fetch<{ feeds: Feed[] }>(FEEDS),
    select: (data) => data.feeds,
  })
}

/** A run still "running" after this long was cut off (the server restarted): no use waiting for it. */
const RUN_GIVEN_UP_MS = 60 * 60 * 1000

const isUnderway = (run: FeedRun | undefined) =>
  run?.status === "running" && Date.now() - new Date(run.started_at).getTime() < RUN_GIVEN_UP_MS

/** A feed and its last runs; read again every few seconds while a run is under way. */
export function useFeed(id: string) {
  return useQuery({
    queryKey: feedKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ feed: Feed }>(`${FEEDS}/${id}`),
    select: (data) => data.feed,
    refetchInterval: (query) => (isUnderway(query.state.data?.feed.runs[0]) ? 5000 : false),
  })
}

/** The first items as the platform will read them, built from live data (not from the last file). */
export function useFeedPreview(id: string) {
  return useQuery({
    queryKey: feedKeys.preview(id),
    queryFn: () => sdk.client.fetch<{ items: FeedPreviewItem[] }>(`${FEEDS}/${id}/preview`, { query: { limit: PREVIEW_LIMIT } }),
    select: (data) => data.items,
  })
}

export const useInvalidateFeeds = () => useInvalidateWithProducts(feedKeys.all)

export function useCreateFeed() {
  return useMutationInvalidating(feedKeys.all, (body: FeedInput) =>
    sdk.client.fetch<{ feed: Feed }>(FEEDS, { method: "POST", body })
  )
}

/**
 * Changes a feed. Every change sends the feed's current filters along: the API reads a body without
 * `filters` as "no filters" (its schema defaults them to {} on an update too), so pausing or rotating
 * the token alone would drop them.
 */
export function useUpdateFeed(feed: Pick<Feed, "id" | "filters">) {
  return useMutationInvalidating(feedKeys.all, (body: UpdateFeedInput) =>
    sdk.client.fetch<{ feed: Feed }>(`${FEEDS}/${feed.id}`, { method: "POST", body: { filters: feed.filters, ...body } })
  )
}

/** "Tạo lại ngay": resolves once the file is written, with the run. */
export function useGenerateFeed(id: string) {
  return useMutationInvalidating(feedKeys.all, () =>
    sdk.client.fetch<{ run: FeedRun }>(`${FEEDS}/${id}/generate`, { method: "POST", body: {} })
  )
}
