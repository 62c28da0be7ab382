import { z } from "zod"
import { ADJUSTMENT_REASONS, MOVEMENT_KINDS, PAYMENT_METHODS, reasonTakesOnlyOut, SITE_TYPES } from "../showroom"
import { DAY_MS } from "../certificate-validity"
import { VIETNAM_OFFSET_MS } from "../dates"
import { calendarDate, LIMITS, phoneNumber, required, requiredText } from "./fields"

// What showroom staff send from the counter: deliveries, returns, adjustments, sales, pickups.

/** A counter records one delivery or one basket at a time: more lines than this is a mistake. */
const MAX_LINES = 200

const Quantity = z.number({ error: "Nhập số lượng." }).int("Số lượng phải là số nguyên.").min(-100_000).max(100_000)
const Sku = required("Nhập mã SKU.", LIMITS.code)
/** A counter note's length, which the forms' text boxes also stop at. */
export const MAX_NOTE_LENGTH = 500
const Note = z.string().trim().max(MAX_NOTE_LENGTH, `Ghi chú tối đa ${MAX_NOTE_LENGTH} ký tự.`).nullish()

const SkuLines = (quantity: z.ZodNumber) =>
  z
    .array(z.object({ sku: Sku, quantity, batch_code: z.string().trim().max(LIMITS.code).nullish() }), {
      error: "Thêm ít nhất một dòng hàng.",
    })
    .min(1, "Thêm ít nhất một dòng hàng.")
    .max(MAX_LINES, `Tối đa ${MAX_LINES} dòng hàng mỗi lần.`)

export const ReceiptBody = z.object({ lines: SkuLines(Quantity.positive("Số lượng nhận phải lớn hơn 0.")), note: Note })
/** A line received, returned or adjusted: a SKU or barcode, a quantity, the batch for a consignment. */
export type StockLine = z.infer<typeof ReceiptBody>["lines"][number]
export const ReturnToProducerBody = z.object({ lines: SkuLines(Quantity.positive("Số lượng trả phải lớn hơn 0.")), note: Note })
export const AdjustmentBody = z
  .object({
    lines: SkuLines(Quantity.refine((q) => q !== 0, "Số lượng điều chỉnh phải khác 0 (âm: bớt, dương: thêm).")),
    reason: z.enum(ADJUSTMENT_REASONS, { error: "Chọn lý do điều chỉnh: hư hỏng, hết hạn, thất lạc hoặc kiểm kê lại." }),
    note: Note,
  })
  .superRefine((adjustment, ctx) => {
    if (!reasonTakesOnlyOut(adjustment.reason)) return
    adjustment.lines.forEach((line, index) => {
      if (line.quantity > 0) {
        ctx.addIssue({
          code: "custom",
          message: "Với lý do này, nhập số âm (số lượng bớt khỏi quầy).",
          path: ["lines", index, "quantity"],
        })
      }
    })
  })

/** What a receipt, a return to the producer or an adjustment sends: lines by SKU. */
export type MovementBody = z.infer<typeof ReceiptBody> | z.infer<typeof ReturnToProducerBody> | z.infer<typeof AdjustmentBody>

const VariantLine = z.object({
  variant_id: z.string().min(1).max(LIMITS.id),
  quantity: Quantity.positive("Số lượng phải lớn hơn 0."),
})
const variantLines = <Line extends z.ZodType>(line: Line) =>
  z
    .array(line, { error: "Thêm ít nhất một sản phẩm." })
    .min(1, "Thêm ít nhất một sản phẩm.")
    .max(MAX_LINES, `Tối đa ${MAX_LINES} sản phẩm mỗi lần.`)
const VariantLines = variantLines(VariantLine)

export const SaleBody = z.object({
  // The production batch the units came from, when a stamp was scanned or the lot chosen: the office
  // then knows which showroom sold which batch ("one step forward").
  lines: variantLines(VariantLine.extend({ batch_id: z.string().min(1).max(LIMITS.id).nullish() })),
  payment_method: z.enum(PAYMENT_METHODS, { error: "Chọn hình thức thanh toán: tiền mặt hoặc chuyển khoản." }),
  cash_received: z
    .number({ error: "Số tiền khách đưa không hợp lệ." })
    .int("Số tiền khách đưa không hợp lệ.")
    .min(0, "Số tiền khách đưa không được âm.")
    .max(10_000_000_000)
    .nullish(),
})
export type SaleBody = z.infer<typeof SaleBody>

export const CustomerReturnBody = z.object({ lines: VariantLines, note: Note })
export type CustomerReturnBody = z.infer<typeof CustomerReturnBody>

/**
 * The counter's customer-return form: the sale's order id printed on the receipt, the SKU or barcode
 * staff read off the packaging, and how many come back (the counter turns the code into the variant).
 */
export const CustomerReturnForm = z.object({
  order_id: required("Nhập mã đơn in trên hoá đơn.", LIMITS.id).regex(
    /^order_[0-9A-Za-z]+$/,
    "Mã đơn có dạng order_… (in trên hoá đơn)."
  ),
  code: required("Nhập SKU hoặc mã vạch.", LIMITS.code),
  quantity: Quantity.positive("Số lượng phải là số nguyên lớn hơn 0."),
  note: Note,
})
export type CustomerReturnForm = z.infer<typeof CustomerReturnForm>

export const StockQuery = z.object({ q: z.string().trim().max(LIMITS.query).optional() })
export const MovementsQuery = z.object({
  kind: z.enum(MOVEMENT_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type MovementsQuery = z.infer<typeof MovementsQuery>

export const CancelPickupBody = z.object({
  reason: requiredText("Nhập lý do huỷ đơn để khách và nhà sản xuất được biết.", "Lý do huỷ", LIMITS.reason),
})
export type CancelPickupBody = z.infer<typeof CancelPickupBody>

// The office's side of showrooms (Admin): opening a display-and-sales point and giving its staff logins.

export const CreateShowroomBody = z.object({
  name: required("Nhập tên điểm bán."),
  site_type: z.enum(SITE_TYPES, {
    error:
      "Chọn loại địa điểm theo Quyết định 950/QĐ-BCT: nhà ga, trạm dừng nghỉ, chợ/trung tâm thương mại, điểm du lịch, làng nghề, bưu cục hoặc khác.",
  }),
  commune: required("Nhập xã/phường."),
  province: required("Nhập tỉnh/thành phố."),
  address: required("Nhập địa chỉ."),
  opening_hours: required("Nhập giờ mở cửa (ví dụ 7:30–21:00 hằng ngày)."),
  operator: required("Nhập đơn vị vận hành."),
  phone: phoneNumber("callable", "Nhập số điện thoại của điểm bán.").nullish(),
  email: z
    .string()
    .trim()
    .max(LIMITS.shortText * 2)
    .email("Email không hợp lệ.")
    .nullish(),
})
export type CreateShowroomBody = z.infer<typeof CreateShowroomBody>

export const CreateStaffBody = z.object({
  email: z
    .string({ error: "Nhập email đăng nhập." })
    .trim()
    .toLowerCase()
    .max(LIMITS.shortText * 2)
    .email("Email không hợp lệ."),
  name: required("Nhập họ tên nhân viên."),
  password: z
    .string({ error: "Nhập mật khẩu." })
    .min(8, "Mật khẩu cần ít nhất 8 ký tự.")
    .max(LIMITS.shortText, "Mật khẩu tối đa 100 ký tự."),
})
export type CreateStaffBody = z.infer<typeof CreateStaffBody>

// A sales report's period, as the counter, the producer portal and Admin ask for it.

const DEFAULT_REPORT_DAYS = 30
const MAX_REPORT_DAYS = 400

/** `from`/`to` as calendar days in Vietnam (to inclusive); the last 30 days when absent. */
export const PeriodQuery = z
  .object({
    from: calendarDate("Ngày bắt đầu").optional(),
    to: calendarDate("Ngày kết thúc").optional(),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .transform(({ from, to, format }) => {
    const end = to ? new Date(to.getTime() + DAY_MS - VIETNAM_OFFSET_MS) : new Date()
    const start = from ? new Date(from.getTime() - VIETNAM_OFFSET_MS) : new Date(end.getTime() - DEFAULT_REPORT_DAYS * DAY_MS)
    return { from: start, to: end, format }
  })
  .refine((p) => p.from < p.to, { message: "Ngày bắt đầu phải trước ngày kết thúc." })
  .refine((p) => p.to.getTime() - p.from.getTime() <= MAX_REPORT_DAYS * DAY_MS, {
    message: `Chọn khoảng thời gian tối đa ${MAX_REPORT_DAYS} ngày.`,
  })
export type PeriodQuery = z.infer<typeof PeriodQuery>
