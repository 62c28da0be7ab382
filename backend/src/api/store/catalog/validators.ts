import { z } from "@medusajs/framework/zod"
import { LIMITS } from "../../input-rules"
import { queryList } from "../../query-params"

const price = (what: string) => z.coerce.number({ error: `${what} phải là một số tiền.` }).int(`${what} phải là số nguyên (đồng).`).min(0, `${what} không được âm.`).max(1_000_000_000, `${what} tối đa 1 tỷ đồng.`)

export const CatalogQuery = z
  .object({
    q: z.string().trim().max(100, "Từ khoá tìm kiếm tối đa 100 ký tự.").optional(),
    stars: queryList(z.coerce.number().int().min(3, "Hạng sao phải là 3, 4 hoặc 5.").max(5, "Hạng sao phải là 3, 4 hoặc 5.")),
    product_set: queryList(z.coerce.number().int().min(1, "Bộ sản phẩm phải từ 1 đến 26.").max(26, "Bộ sản phẩm phải từ 1 đến 26.")),
    province: queryList(z.string().max(LIMITS.shortText)),
    commune: queryList(z.string().max(LIMITS.shortText)),
    producer: queryList(z.string().max(LIMITS.shortText)),
    price_min: price("Giá từ").optional(),
    price_max: price("Giá đến").optional(),
    in_stock: z.enum(["true", "false"], { error: "in_stock phải là true hoặc false." }).transform((v) => v === "true").optional(),
    sort: z.enum(["newest", "price_asc", "price_desc", "stars", "title"], { error: "Cách sắp xếp không hợp lệ." }).default("newest"),
    limit: z.coerce.number().int().min(0).max(100, "Tối đa 100 sản phẩm mỗi trang.").default(20),
    offset: z.coerce.number().int().min(0).max(10_000, "Hãy lọc thêm thay vì lật quá 10.000 sản phẩm.").default(0),
  })
  .refine((q) => q.price_min === undefined || q.price_max === undefined || q.price_min <= q.price_max, {
    message: "Giá từ phải nhỏ hơn hoặc bằng giá đến.",
    path: ["price_max"],
  })
export type CatalogQuery = z.infer<typeof CatalogQuery>
