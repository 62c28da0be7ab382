import { z } from "zod"
import { CERTIFICATE_STATUSES } from "../certificate-validity"
import { LEGAL_BASES } from "../ocop"
import { calendarDate, LIMITS, queryList, required, webAddress } from "./fields"

// What the coordination office sends from Admin: certificates issued, renewed, re-scoped, revoked.
const date = (what: string) => calendarDate(what)

const AFTER_ISSUE = { message: "Ngày hết hạn phải sau ngày cấp.", path: ["expires_at"] }
const expiresAfterIssue = (body: { issued_at: Date; expires_at?: Date }) => !body.expires_at || body.expires_at > body.issued_at

/** As many packagings as a product may have (the portal allows 50). */
const MAX_COVERED_SKUS = 50

const CoveredSkus = z
  .array(
    z.object({
      variant_id: required("Mỗi SKU phải chỉ ra biến thể (variant_id) được công nhận.", LIMITS.id),
      packaging: required("Nhập quy cách đóng gói cho mỗi SKU."),
      label_image_url: webAddress("Ảnh nhãn").nullish(),
    })
  )
  .min(1, "Giấy chứng nhận phải ghi rõ ít nhất một quy cách (SKU) được công nhận.")
  .max(MAX_COVERED_SKUS, `Một giấy chứng nhận ghi tối đa ${MAX_COVERED_SKUS} quy cách.`)

const Stars = z
  .number({ error: "Nhập hạng sao (3, 4 hoặc 5)." })
  .int()
  .min(3, "Chỉ sản phẩm đạt 3 đến 5 sao được cấp giấy chứng nhận OCOP.")
  .max(5, "Hạng sao tối đa là 5.")
const ProductSet = z
  .number({ error: "Chọn bộ sản phẩm (1–26)." })
  .int()
  .min(1, "Bộ sản phẩm phải từ 1 đến 26.")
  .max(26, "Bộ sản phẩm phải từ 1 đến 26.")

/** What every recognition decision states, first issue or re-recognition. */
const Decision = z.object({
  decision_number: required("Nhập số quyết định công nhận (ví dụ 4894/QĐ-UBND)."),
  decision_date: date("Ngày quyết định"),
  issuer: required("Nhập cơ quan ban hành quyết định."),
  stars: Stars,
  program_year: z
    .number({ error: "Nhập năm chương trình (ví dụ 2026)." })
    .int()
    .min(2018, "Năm chương trình không hợp lệ.")
    .max(2100, "Năm chương trình không hợp lệ."),
  legal_basis: z.enum(LEGAL_BASES, {
    error: "Căn cứ pháp lý phải là 148/2023, 1489/2025 hoặc 26/2026.",
  }),
  issued_at: date("Ngày cấp"),
  expires_at: date("Ngày hết hạn").optional(),
})

/** The decision part of the issue and renewal forms, checked as the office types it. */
export const RecognitionDecision = Decision.extend({ product_set: ProductSet }).refine(expiresAfterIssue, AFTER_ISSUE)
export type RecognitionDecision = z.infer<typeof RecognitionDecision>

const text = z.string().trim().max(LIMITS.longText).nullish()

export const IssueCertificateBody = Decision.extend({
  product_id: required("Chọn sản phẩm được công nhận."),
  product_set: ProductSet,
  renewal_filed_at: date("Ngày nộp hồ sơ đánh giá lại").nullish(),
  owner_name: required("Nhập tên chủ thể."),
  owner_address: text,
  owner_commune: text,
  owner_district_as_issued: text,
  owner_province: text,
  skus: CoveredSkus,
}).refine(expiresAfterIssue, AFTER_ISSUE)
export type IssueCertificateBody = z.infer<typeof IssueCertificateBody>

export const RenewCertificateBody = Decision.extend({
  product_set: ProductSet.optional(),
  skus: CoveredSkus.optional(),
}).refine(expiresAfterIssue, AFTER_ISSUE)
export type RenewCertificateBody = z.infer<typeof RenewCertificateBody>

export const CoverageBody = z.object({ skus: CoveredSkus })
export type CoverageBody = z.infer<typeof CoverageBody>

const reason = (prompt: string) => z.object({ reason: z.string({ error: prompt }).trim().min(5, prompt).max(LIMITS.reason) })
export const RevokeCertificateBody = reason("Nhập lý do thu hồi (căn cứ Điều 8 QĐ 26/2026).")
export const SuspendCertificateBody = reason("Nhập lý do tạm đình chỉ (ví dụ: chờ kết quả kiểm tra).")
export type StatusChangeBody = z.infer<typeof RevokeCertificateBody>

export const EXPIRING_WINDOWS = [30, 120, 180] as const

export const ListCertificatesQuery = z.object({
  q: z.string().trim().max(LIMITS.query).optional(),
  status: queryList(z.enum(CERTIFICATE_STATUSES, { error: "Trạng thái phải là valid, expired, revoked hoặc suspended." })),
  stars: queryList(z.coerce.number().int().min(3, "Hạng sao phải là 3, 4 hoặc 5.").max(5, "Hạng sao phải là 3, 4 hoặc 5.")),
  product_set: queryList(
    z.coerce.number().int().min(1, "Bộ sản phẩm phải từ 1 đến 26.").max(26, "Bộ sản phẩm phải từ 1 đến 26.")
  ),
  province: z.string().trim().max(LIMITS.shortText).optional(),
  /** A commune (current address) or a district (as printed on older certificates). */
  place: z.string().trim().max(LIMITS.shortText).optional(),
  expiring_within: z.coerce
    .number()
    .refine((days) => (EXPIRING_WINDOWS as readonly number[]).includes(days), "Chỉ lọc hết hạn trong 30, 120 hoặc 180 ngày.")
    .optional(),
  order: z
    .enum(["expires_at", "-expires_at", "decision_date", "-decision_date", "product_name"], {
      error: "Cách sắp xếp không hợp lệ.",
    })
    .default("expires_at"),
  limit: z.coerce.number().int().min(1).max(100, "Tối đa 100 giấy mỗi trang.").default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ListCertificatesQuery = z.infer<typeof ListCertificatesQuery>
