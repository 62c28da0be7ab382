import { z } from "@medusajs/framework/zod"

export const StoreCertificatesQuery = z.object({
  product_id: z.string({ error: "Cho biết sản phẩm (product_id) cần xem giấy chứng nhận." }).min(1, "Cho biết sản phẩm (product_id) cần xem giấy chứng nhận.").max(100),
})
export type StoreCertificatesQuery = z.infer<typeof StoreCertificatesQuery>
