// The marketers' catalog feeds for Meta, TikTok and Google (docs/FEEDS-API.md): the platforms, the file
// types they read and the runs that generate the files.

export const FEED_CHANNELS = ["meta", "tiktok", "google"] as const
export type FeedChannel = (typeof FEED_CHANNELS)[number]

export const FEED_CHANNEL_LABELS: Record<FeedChannel, string> = {
  meta: "Meta (Facebook, Instagram)",
  tiktok: "TikTok",
  google: "Google Merchant Center",
}

export const FEED_FORMATS = ["csv", "tsv", "xml"] as const
export type FeedFormat = (typeof FEED_FORMATS)[number]

export const FEED_FORMAT_LABELS: Record<FeedFormat, string> = {
  csv: "CSV",
  tsv: "TSV (phân cách bằng tab)",
  xml: "XML (RSS)",
}

/** The file types each platform reads (Meta: CSV/TSV/XML, TikTok: CSV/TSV, Google: TSV/XML). */
export const CHANNEL_FORMATS: Record<FeedChannel, FeedFormat[]> = {
  meta: ["csv", "tsv", "xml"],
  tiktok: ["csv", "tsv"],
  google: ["tsv", "xml"],
}

/** What started a run: the feed's schedule, or a marketer's "Tạo lại ngay". */
export const FEED_RUN_TRIGGERS = ["schedule", "manual"] as const
export type FeedRunTrigger = (typeof FEED_RUN_TRIGGERS)[number]

export const FEED_RUN_TRIGGER_LABELS: Record<FeedRunTrigger, string> = {
  schedule: "Theo lịch",
  manual: "Tạo thủ công",
}

export const FEED_RUN_STATUSES = ["running", "succeeded", "failed"] as const
export type FeedRunStatus = (typeof FEED_RUN_STATUSES)[number]

export const FEED_RUN_STATUS_LABELS: Record<FeedRunStatus, string> = {
  running: "Đang tạo",
  succeeded: "Thành công",
  failed: "Thất bại",
}
