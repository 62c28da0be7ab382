import { z } from "zod"
import { OVERVIEW_LISTS } from "../responses/office"
import { LIMITS } from "./fields"

// What the coordination office asks of its overview and of a batch's reach (Admin).

/** Which overview list to download. */
export const OverviewCsvQuery = z.object({
  list: z.enum(OVERVIEW_LISTS, {
    error: "Chọn danh sách cần tải: theo xã, sắp hết hạn, thiếu TCCS hoặc vi phạm chưa khắc phục.",
  }),
})
export type OverviewCsvQuery = z.infer<typeof OverviewCsvQuery>

/**
 * A batch by its lot number or a stamp's code (or its QR's trace URL), or by its id from another page;
 * or a producer's newest batches (its page in Admin).
 */
export const BatchReachQuery = z
  .object({
    q: z.string().trim().max(LIMITS.url).optional(),
    batch_id: z.string().trim().max(LIMITS.id).optional(),
    producer_id: z.string().trim().max(LIMITS.id).optional(),
  })
  .refine((query) => query.q || query.batch_id || query.producer_id, { message: "Nhập số lô hoặc mã tem.", path: ["q"] })
export type BatchReachQuery = z.infer<typeof BatchReachQuery>
