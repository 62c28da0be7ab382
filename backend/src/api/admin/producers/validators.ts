import { z } from "@medusajs/framework/zod"
import { LIMITS } from "../../input-rules"

export const ListProducersQuery = z.object({
  status: z.enum(["pending", "approved", "suspended"], { error: "Trạng thái phải là pending, approved hoặc suspended." }).optional(),
  q: z.string().trim().min(1).max(LIMITS.query).optional(),
  province: z.string().trim().min(1).max(LIMITS.shortText).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ListProducersQuery = z.infer<typeof ListProducersQuery>

export const SuspendProducerBody = z.object({
  reason: z.string({ error: "Nhập lý do tạm ngưng." }).trim().min(1, "Nhập lý do tạm ngưng.").max(LIMITS.reason),
})
