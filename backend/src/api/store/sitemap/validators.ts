import { z } from "@medusajs/framework/zod"
import { SITEMAP_KINDS, SITEMAP_PAGE_SIZE } from "../../../queries/sitemap"

/** No `kind`: the counts. With a `kind`: `limit` of its entries (at most 50,000) from `offset`. */
export const SitemapQuery = z.object({
  kind: z.enum(SITEMAP_KINDS, { error: "Loại trang (kind) phải là products, producers hoặc showrooms." }).optional(),
  offset: z.coerce
    .number({ error: "offset phải là một số." })
    .int("offset phải là số nguyên.")
    .min(0, "offset không được âm.")
    .max(100_000_000, "offset tối đa 100.000.000.")
    .default(0),
  limit: z.coerce
    .number({ error: "limit phải là một số." })
    .int("limit phải là số nguyên.")
    .min(1, "limit tối thiểu là 1.")
    .max(SITEMAP_PAGE_SIZE, `Tối đa ${SITEMAP_PAGE_SIZE.toLocaleString("vi-VN")} địa chỉ mỗi lần.`)
    .default(SITEMAP_PAGE_SIZE),
})
export type SitemapQuery = z.infer<typeof SitemapQuery>
