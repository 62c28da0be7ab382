import { z } from "@medusajs/framework/zod"
import { LIMITS } from "../../input-rules"

const Utm = z
  .string()
  .trim()
  .max(100, "Giá trị UTM tối đa 100 ký tự.")
  .regex(/^[A-Za-z0-9._-]*$/, "Giá trị UTM chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang và gạch dưới (ví dụ: tiktok_ads).")
  .transform((value) => value || null)
  .nullish()

const Filters = z.object({
  provinces: z.array(z.string().trim().min(1).max(LIMITS.shortText)).max(34).optional(),
  stars: z.array(z.union([z.literal(3), z.literal(4), z.literal(5)], { error: "Hạng sao phải là 3, 4 hoặc 5." })).max(3).optional(),
  product_sets: z.array(z.number().int().min(1, "Bộ sản phẩm OCOP từ 1 đến 26.").max(26, "Bộ sản phẩm OCOP từ 1 đến 26.")).max(26).optional(),
  producers: z.array(z.string().trim().min(1).max(LIMITS.id)).max(500).optional(),
  in_stock_only: z.boolean().optional(),
})

const FeedFields = {
  name: z.string({ error: "Đặt tên cho nguồn cấp dữ liệu." }).trim().min(1, "Đặt tên cho nguồn cấp dữ liệu.").max(100, "Tên tối đa 100 ký tự."),
  channel: z.enum(["meta", "tiktok", "google"], { error: "Kênh phải là meta, tiktok hoặc google." }),
  format: z.enum(["csv", "tsv", "xml"], { error: "Định dạng phải là csv, tsv hoặc xml." }),
  utm_source: Utm,
  utm_medium: Utm,
  utm_campaign: Utm,
  active: z.boolean().optional(),
}

export const FeedBody = z.object({ ...FeedFields, filters: Filters.default({}) })
export type FeedBody = z.infer<typeof FeedBody>

/** Only what is sent changes: absent filters stay as they are (no default here). */
export const UpdateFeedBody = z
  .object({ ...FeedFields, filters: Filters })
  .partial()
  .extend({ rotate_token: z.boolean().optional() })
export type UpdateFeedBody = z.infer<typeof UpdateFeedBody>

export const PreviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) })
export type PreviewQuery = z.infer<typeof PreviewQuery>
