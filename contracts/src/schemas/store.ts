import { z } from "zod"
import { readOrderNumber } from "../order-lookup"
import { LIMITS, phoneNumber, queryList, required, text } from "./fields"

// What shoppers' pages ask the store API: the catalog, a product's certificates, delivery, the sitemap.

const price = (what: string) =>
  z.coerce
    .number({ error: `${what} phải là một số tiền.` })
    .int(`${what} phải là số nguyên (đồng).`)
    .min(0, `${what} không được âm.`)
    .max(1_000_000_000, `${what} tối đa 1 tỷ đồng.`)

const SEARCH_TOO_LONG = "Từ khoá tìm kiếm tối đa 100 ký tự."

export const CatalogQuery = z
  .object({
    q: z.string().trim().max(100, SEARCH_TOO_LONG).optional(),
    stars: queryList(z.coerce.number().int().min(3, "Hạng sao phải là 3, 4 hoặc 5.").max(5, "Hạng sao phải là 3, 4 hoặc 5.")),
    product_set: queryList(
      z.coerce.number().int().min(1, "Bộ sản phẩm phải từ 1 đến 26.").max(26, "Bộ sản phẩm phải từ 1 đến 26.")
    ),
    province: queryList(z.string().max(LIMITS.shortText)),
    commune: queryList(z.string().max(LIMITS.shortText)),
    producer: queryList(z.string().max(LIMITS.shortText)),
    price_min: price("Giá từ").optional(),
    price_max: price("Giá đến").optional(),
    in_stock: z
      .enum(["true", "false"], { error: "in_stock phải là true hoặc false." })
      .transform((v) => v === "true")
      .optional(),
    // No sort: the most relevant first when searching (`relevance`), otherwise the newest.
    sort: z
      .enum(["relevance", "newest", "price_asc", "price_desc", "stars", "title"], { error: "Cách sắp xếp không hợp lệ." })
      .optional(),
    limit: z.coerce.number().int().min(0).max(100, "Tối đa 100 sản phẩm mỗi trang.").default(20),
    offset: z.coerce.number().int().min(0).max(10_000, "Hãy lọc thêm thay vì lật quá 10.000 sản phẩm.").default(0),
  })
  .refine((q) => q.price_min === undefined || q.price_max === undefined || q.price_min <= q.price_max, {
    message: "Giá từ phải nhỏ hơn hoặc bằng giá đến.",
    path: ["price_max"],
  })
export type CatalogQuery = z.infer<typeof CatalogQuery>

/** What the header's search box has typed so far: suggestions while typing (GET /store/catalog/suggestions). */
export const CatalogSuggestionsQuery = z.object({
  q: z.string({ error: "Nhập từ khoá cần gợi ý." }).trim().min(1, "Nhập từ khoá cần gợi ý.").max(100, SEARCH_TOO_LONG),
})
export type CatalogSuggestionsQuery = z.infer<typeof CatalogSuggestionsQuery>

/** Popular listed products, of one province or the whole shop (GET /store/catalog/popular). */
export const PopularProductsQuery = z.object({
  province: z.string().trim().max(LIMITS.shortText, `Tên tỉnh tối đa ${LIMITS.shortText} ký tự.`).optional(),
  limit: z.coerce
    .number({ error: "limit phải là một số." })
    .int("limit phải là số nguyên.")
    .min(1, "limit tối thiểu là 1.")
    .max(20, "Tối đa 20 sản phẩm.")
    .default(8),
})
export type PopularProductsQuery = z.infer<typeof PopularProductsQuery>

export const StoreCertificatesQuery = z.object({
  product_id: required("Cho biết sản phẩm (product_id) cần xem giấy chứng nhận.", LIMITS.id),
})
export type StoreCertificatesQuery = z.infer<typeof StoreCertificatesQuery>

export const SetCartDeliveryBody = z.object({ code: required("Chọn một cách giao hàng.", LIMITS.name) })
export type SetCartDeliveryBody = z.infer<typeof SetCartDeliveryBody>

/** A sitemap file holds at most 50,000 addresses (sitemaps.org). */
export const SITEMAP_PAGE_SIZE = 50_000
/** The kinds of public page the sitemap lists. */
export const SITEMAP_KINDS = ["products", "producers", "showrooms"] as const
export type SitemapKind = (typeof SITEMAP_KINDS)[number]

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

/** A shopper cancelling their own order before any parcel leaves (issue 16): the reason is optional. */
export const CancelOrderBody = z.object({ reason: text("Lý do huỷ", LIMITS.reason).optional() })
export type CancelOrderBody = z.infer<typeof CancelOrderBody>

const ORDER_NUMBER_MESSAGE = "Nhập mã đơn hàng gồm các chữ số, ví dụ 1042 hoặc #1042."

/**
 * A guest looking an order up (issue 17): its number ("1042", "#1042" or 1042) and the phone or the
 * e-mail given at checkout, either in any usual form (the phone is compared normalised, the e-mail in
 * any case). Both given: both must match.
 */
export const OrderLookupBody = z
  .object({
    display_id: z
      .union([z.string().max(LIMITS.shortText), z.number()], { error: ORDER_NUMBER_MESSAGE })
      .transform((value, ctx) => {
        const number = readOrderNumber(String(value))
        if (number !== null) return number
        ctx.addIssue({ code: "custom", message: ORDER_NUMBER_MESSAGE })
        return z.NEVER
      }),
    phone: phoneNumber("mobile", "Nhập số điện thoại đã dùng khi đặt hàng.").optional(),
    email: z
      .string({ error: "Email phải là chữ." })
      .trim()
      .toLowerCase()
      .max(254, "Email tối đa 254 ký tự.")
      .email("Email không hợp lệ.")
      .optional(),
  })
  .refine((body) => body.phone || body.email, {
    message: "Nhập số điện thoại hoặc email đã dùng khi đặt hàng.",
    path: ["phone"],
  })
export type OrderLookupBody = z.infer<typeof OrderLookupBody>
