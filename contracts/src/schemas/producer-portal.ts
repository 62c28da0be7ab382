import { z } from "zod"
import { OWNER_TYPES } from "../ocop"
import { TAX_CODE_MESSAGE, TAX_CODE_PATTERN } from "../producer"
import { DEFAULT_STAMP_LABEL_SIZE, STAMP_LABEL_SIZE_KEYS } from "../stamp-sheet"
import { calendarDate, LIMITS, phoneNumber, required, requiredText, webAddress } from "./fields"

// What a producer's members send from the portal: registration, profile, products, orders, batches, stamps.
const optionalText = z.string().trim().max(5000, "Nội dung quá dài (tối đa 5.000 ký tự).").nullish()

const Phone = phoneNumber("callable", "Nhập số điện thoại liên hệ.")
const Email = z
  .string({ error: "Nhập email liên hệ." })
  .trim()
  .toLowerCase()
  .max(LIMITS.shortText * 2)
  .email("Email không hợp lệ.")

export const ProducerInput = z.object({
  name: requiredText("Nhập tên cơ sở sản xuất (như trên giấy đăng ký kinh doanh).", "Tên cơ sở sản xuất"),
  owner_type: z.enum(OWNER_TYPES, {
    error: "Chọn loại chủ thể: hộ kinh doanh, hợp tác xã, tổ hợp tác hoặc doanh nghiệp.",
  }),
  tax_code: z.string({ error: "Nhập mã số thuế." }).trim().max(LIMITS.shortText).regex(TAX_CODE_PATTERN, TAX_CODE_MESSAGE),
  representative: required("Nhập tên người đại diện."),
  phone: Phone,
  email: Email,
  commune: required("Nhập xã/phường nơi sản xuất."),
  province: required("Nhập tỉnh/thành phố."),
  district_as_issued: optionalText,
  address_as_issued: optionalText,
  address: optionalText,
  story: optionalText,
  logo_url: webAddress("Logo").nullish(),
})

/** A producer's own fields as a client sends them. */
export type ProducerFields = z.input<typeof ProducerInput>

export const RegisterProducerBody = z.object({
  producer: ProducerInput,
  member: z.object({ name: required("Nhập họ tên của bạn.") }, { error: "Nhập họ tên của bạn." }),
})
export type RegisterProducerBody = z.infer<typeof RegisterProducerBody>

/** What an owner may change alone; name, tax code and owner type change only through the office. */
export const UpdateProfileBody = ProducerInput.pick({
  representative: true,
  phone: true,
  email: true,
  commune: true,
  province: true,
  address: true,
  story: true,
  logo_url: true,
}).partial()
export type UpdateProfileBody = z.infer<typeof UpdateProfileBody>
export type ProfileUpdate = z.input<typeof UpdateProfileBody>

const Price = z
  .number({ error: "Nhập giá bán (đồng)." })
  .int("Giá bán phải là số nguyên (đồng).")
  .positive("Giá bán phải lớn hơn 0.")
  .max(1_000_000_000, "Giá bán quá lớn.")
const Stock = z
  .number({ error: "Nhập số lượng tồn kho." })
  .int("Tồn kho phải là số nguyên.")
  .min(0, "Tồn kho không được âm.")
  .max(10_000_000, "Tồn kho quá lớn.")

export const NewVariant = z.object({
  title: required("Nhập quy cách đóng gói (ví dụ Hộp 500 g)."),
  sku: required("Nhập mã SKU.", LIMITS.code).pipe(
    z.string().regex(/^[A-Za-z0-9._-]{2,64}$/, "SKU chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (2–64 ký tự).")
  ),
  price: Price,
  stock: Stock,
})
export type NewVariant = z.infer<typeof NewVariant>
export type NewVariantInput = z.input<typeof NewVariant>

/** One product rarely comes in more than a handful of packagings; 50 leaves room without inviting abuse. */
export const MAX_VARIANTS = 50

const Images = z.array(webAddress("Ảnh sản phẩm")).max(10, "Tối đa 10 ảnh cho một sản phẩm.")

/** A product's own words, which the portal's form checks before it uploads the pictures. */
export const ProductFields = z.object({
  title: requiredText("Nhập tên sản phẩm.", "Tên sản phẩm"),
  description: optionalText,
})

export const NewProductBody = ProductFields.extend({
  images: Images.optional(),
  variants: z
    .array(NewVariant, { error: "Thêm ít nhất một quy cách đóng gói." })
    .min(1, "Thêm ít nhất một quy cách đóng gói.")
    .max(MAX_VARIANTS, `Một sản phẩm tối đa ${MAX_VARIANTS} quy cách đóng gói.`),
})
  .refine((body) => new Set(body.variants.map((v) => v.sku)).size === body.variants.length, {
    message: "Mỗi quy cách phải có một SKU khác nhau.",
  })
  .refine((body) => new Set(body.variants.map((v) => v.title)).size === body.variants.length, {
    message: "Hai quy cách không được trùng tên.",
  })
export type NewProductBody = z.infer<typeof NewProductBody>
export type NewProductInput = z.input<typeof NewProductBody>

export const UpdateProductBody = z.object({
  title: required("Tên sản phẩm không được để trống.").optional(),
  description: optionalText,
  images: Images.optional(),
})
export type UpdateProductBody = z.infer<typeof UpdateProductBody>
export type ProductUpdate = z.input<typeof UpdateProductBody>

export const UpdateVariantBody = z.object({
  title: required("Quy cách không được để trống.").optional(),
  price: Price.optional(),
  stock: Stock.optional(),
})
export type UpdateVariantBody = z.infer<typeof UpdateVariantBody>
export type VariantUpdate = z.input<typeof UpdateVariantBody>

export const ListQuery = z.object({
  q: z.string().trim().max(LIMITS.query).optional(),
  status: z
    .enum(["pending", "confirmed", "shipped", "delivered", "refused", "canceled"], { error: "Trạng thái đơn không hợp lệ." })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ListQuery = z.infer<typeof ListQuery>

/** The production batch one shipped line came from: what the shopper's order page traces. */
export const ShippedLineBatch = z.object({
  line_item_id: required("Thiếu dòng hàng của lô.", LIMITS.id),
  batch_id: required("Chọn lô hàng.", LIMITS.id),
})
export const ShipBody = z.object({
  tracking_number: required("Nhập mã vận đơn.").pipe(z.string().max(64, "Mã vận đơn quá dài.")),
  carrier: z.string().trim().max(64).nullish(),
  // Optional: a producer without stamped batches ships all the same.
  batches: z
    .array(ShippedLineBatch)
    .max(100, "Một phần đơn có tối đa 100 dòng hàng.")
    .refine((lines) => new Set(lines.map((line) => line.line_item_id)).size === lines.length, {
      message: "Mỗi dòng hàng chỉ ghi một lô.",
    })
    .default([]),
})
export type ShipBody = z.infer<typeof ShipBody>
export const CancelBody = z.object({
  reason: requiredText("Nhập lý do hủy để khách hàng được biết.", "Lý do hủy", LIMITS.reason),
})
export const RefuseBody = z.object({
  reason: requiredText("Nhập lý do khách từ chối nhận hàng.", "Lý do từ chối", LIMITS.reason),
})
export type RefuseBody = z.infer<typeof RefuseBody>
export const InviteBody = z.object({ email: Email })
export const AcceptInviteBody = z.object({
  token: required("Thiếu mã lời mời.", LIMITS.id),
  name: required("Nhập họ tên của bạn."),
})

/** A lot number as printed on the packaging. */
export const MAX_LOT_LENGTH = 50
/** Stamps in one batch, one per unit: a bigger run is split into several batches. */
export const MAX_BATCH_STAMPS = 5000

export const NewBatchBody = z
  .object({
    variant_id: required("Chọn quy cách sản phẩm của lô.", LIMITS.id),
    lot_number: requiredText("Nhập số lô in trên bao bì.", "Số lô", MAX_LOT_LENGTH),
    produced_on: calendarDate("Ngày sản xuất", "vietnam"),
    expires_on: calendarDate("Hạn sử dụng", "vietnam").nullish(),
    quantity: z.coerce
      .number({ error: "Nhập số đơn vị (số tem) của lô." })
      .int("Số tem phải là số nguyên.")
      .min(1, "Lô phải có ít nhất 1 đơn vị.")
      .max(MAX_BATCH_STAMPS, "Một lô tối đa 5.000 tem; chia thành nhiều lô nếu cần."),
  })
  // Days start in Vietnam, so "today" is today there, whatever the clock's zone.
  .refine((batch) => batch.produced_on.getTime() <= Date.now(), {
    message: "Ngày sản xuất không được sau hôm nay.",
    path: ["produced_on"],
  })
  .refine((batch) => !batch.expires_on || batch.expires_on >= batch.produced_on, {
    message: "Hạn sử dụng không được trước ngày sản xuất.",
    path: ["expires_on"],
  })
export type NewBatchBody = z.infer<typeof NewBatchBody>

export const BatchesQuery = ListQuery.pick({ limit: true, offset: true })
export type BatchesQuery = z.infer<typeof BatchesQuery>
export const StampsQuery = z.object({ format: z.enum(["json", "csv"]).default("json") })
export type StampsQuery = z.infer<typeof StampsQuery>
/** The size of the labels a batch's stamp sheet (PDF) is printed in. */
export const StampSheetQuery = z.object({
  size: z.enum(STAMP_LABEL_SIZE_KEYS, { error: "Chọn cỡ tem: 30, 45 hoặc 60 (mm)." }).default(DEFAULT_STAMP_LABEL_SIZE),
})
export type StampSheetQuery = z.infer<typeof StampSheetQuery>
export const VoidStampBody = z.object({
  reason: requiredText("Nhập lý do huỷ tem (ví dụ: tem rách, in lỗi, thất lạc).", "Lý do", LIMITS.reason),
})
export type VoidStampBody = z.infer<typeof VoidStampBody>

// The office's side of producers (Admin): the register and suspensions.

export const ListProducersQuery = z.object({
  status: z
    .enum(["pending", "approved", "suspended"], { error: "Trạng thái phải là pending, approved hoặc suspended." })
    .optional(),
  q: z.string().trim().min(1).max(LIMITS.query).optional(),
  province: z.string().trim().min(1).max(LIMITS.shortText).optional(),
  /** Only producers with a 4★/5★ product that has no TCCS in force (issue 19). */
  missing_standard: z
    .enum(["true", "false"], { error: "missing_standard phải là true hoặc false." })
    .transform((value) => value === "true")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ListProducersQuery = z.infer<typeof ListProducersQuery>

export const SuspendProducerBody = z.object({ reason: required("Nhập lý do tạm ngưng.", LIMITS.reason) })
