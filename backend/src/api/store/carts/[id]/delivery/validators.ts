import { z } from "@medusajs/framework/zod"

export const SetCartDeliveryBody = z.object({
  code: z.string({ error: "Chọn một cách giao hàng." }).min(1, "Chọn một cách giao hàng.").max(200),
})
export type SetCartDeliveryBody = z.infer<typeof SetCartDeliveryBody>
