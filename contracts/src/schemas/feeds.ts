import { z } from "zod"
import { FEED_CHANNELS, FEED_FORMATS } from "../feeds"
import { LIMITS } from "./fields"

// The marketers' product feeds (Admin's feed form checks with the same schema before sending).

/** Vietnam has 34 provinces and cities since the 2025 merger. */
export const MAX_FEED_PROVINCES = 34

const Utm = z
  .string()
  .trim()
  .max(100, "Giá trị UTM tối đa 100 ký tự.")
  .regex(/^[A-Za-z0-9._-]*$/, "Giá trị UTM chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang và gạch dưới (ví dụ: tiktok_ads).")
  .transform((value) => value || null)
  .nullish()

const PRODUCT_SET_RANGE = "Bộ sản phẩm OCOP từ 1 đến 26."

/** Which listed products a feed holds; every list is "any of", an absent or empty list keeps all. */
const Filters = z.object({
  provinces: z
    .array(z.string().trim().min(1).max(LIMITS.shortText))
    .max(MAX_FEED_PROVINCES, `Chọn tối đa ${MAX_FEED_PROVINCES} tỉnh, thành phố.`)
    .optional(),
  stars: z
    .array(z.union([z.literal(3), z.literal(4), z.literal(5)], { error: "Hạng sao phải là 3, 4 hoặc 5." }))
    .max(3)
    .optional(),
  product_sets: z
    .array(z.number({ error: PRODUCT_SET_RANGE }).int(PRODUCT_SET_RANGE).min(1, PRODUCT_SET_RANGE).max(26, PRODUCT_SET_RANGE))
    .max(26)
    .optional(),
  /** Producer handles. */
  producers: z.array(z.string().trim().min(1).max(LIMITS.id)).max(500).optional(),
  in_stock_only: z.boolean().optional(),
})
export type FeedFilters = z.infer<typeof Filters>

const FeedFields = {
  name: z
    .string({ error: "Đặt tên cho nguồn cấp dữ liệu." })
    .trim()
    .min(1, "Đặt tên cho nguồn cấp dữ liệu.")
    .max(100, "Tên tối đa 100 ký tự."),
  channel: z.enum(FEED_CHANNELS, { error: "Chọn kênh: meta, tiktok hoặc google." }),
  format: z.enum(FEED_FORMATS, { error: "Chọn định dạng tệp: csv, tsv hoặc xml." }),
  utm_source: Utm,
  utm_medium: Utm,
  utm_campaign: Utm,
  active: z.boolean().optional(),
}

export const FeedBody = z.object({ ...FeedFields, filters: Filters.default({}) })
export type FeedBody = z.infer<typeof FeedBody>
/** What a client sends to create a feed (before defaults and trimming). */
export type FeedInput = z.input<typeof FeedBody>

/** Only what is sent changes: absent filters stay as they are (no default here). */
export const UpdateFeedBody = z
  .object({ ...FeedFields, filters: Filters })
  .partial()
  .extend({ rotate_token: z.boolean().optional() })
export type UpdateFeedBody = z.infer<typeof UpdateFeedBody>
export type UpdateFeedInput = z.input<typeof UpdateFeedBody>

export const PreviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) })
export type PreviewQuery = z.infer<typeof PreviewQuery>
