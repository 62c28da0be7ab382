import { z } from "@medusajs/framework/zod"
import { LIMITS } from "../input-rules"

/** A counter records one delivery or one basket at a time: more lines than this is a mistake. */
const MAX_LINES = 200

const Quantity = z.number({ error: "Nhập số lượng." }).int("Số lượng phải là số nguyên.").min(-100_000).max(100_000)
const Sku = z.string({ error: "Nhập mã SKU." }).trim().min(1, "Nhập mã SKU.").max(LIMITS.code)
const Note = z.string().trim().max(500, "Ghi chú tối đa 500 ký tự.").nullish()

const SkuLines = (quantity: z.ZodNumber) =>
  z
    .array(z.object({ sku: Sku, quantity, batch_code: z.string().trim().max(LIMITS.code).nullish() }), { error: "Thêm ít nhất một dòng hàng." })
    .min(1, "Thêm ít nhất một dòng hàng.")
    .max(MAX_LINES, `Tối đa ${MAX_LINES} dòng hàng mỗi lần.`)

export const ReceiptBody = z.object({ lines: SkuLines(Quantity.positive("Số lượng nhận phải lớn hơn 0.")), note: Note })
export const ReturnToProducerBody = z.object({ lines: SkuLines(Quantity.positive("Số lượng trả phải lớn hơn 0.")), note: Note })
export const AdjustmentBody = z.object({
  lines: SkuLines(Quantity.refine((q) => q !== 0, "Số lượng điều chỉnh phải khác 0.")),
  reason: z.enum(["damaged", "expired", "lost", "count_correction"], {
    error: "Chọn lý do điều chỉnh: hư hỏng, hết hạn, thất lạc hoặc kiểm kê lại.",
  }),
  note: Note,
})

const VariantLines = z
  .array(z.object({ variant_id: z.string().min(1).max(LIMITS.id), quantity: Quantity.positive("Số lượng phải lớn hơn 0.") }), {
    error: "Thêm ít nhất một sản phẩm.",
  })
  .min(1, "Thêm ít nhất một sản phẩm.")
  .max(MAX_LINES, `Tối đa ${MAX_LINES} sản phẩm mỗi lần.`)

export const SaleBody = z.object({
  lines: VariantLines,
  payment_method: z.enum(["cash", "bank_transfer"], { error: "Chọn hình thức thanh toán: tiền mặt hoặc chuyển khoản." }),
  cash_received: z.number().int().min(0, "Số tiền khách đưa không được âm.").max(10_000_000_000).nullish(),
})
export type SaleBody = z.infer<typeof SaleBody>

export const CustomerReturnBody = z.object({ lines: VariantLines, note: Note })

export const StockQuery = z.object({ q: z.string().trim().max(LIMITS.query).optional() })
export const MovementsQuery = z.object({
  kind: z.enum(["receipt", "return_to_producer", "adjustment", "sale", "customer_return"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const CancelPickupBody = z.object({
  reason: z
    .string({ error: "Nhập lý do huỷ đơn để khách và nhà sản xuất được biết." })
    .trim()
    .min(1, "Nhập lý do huỷ đơn để khách và nhà sản xuất được biết.")
    .max(500, "Lý do tối đa 500 ký tự."),
})
export type CancelPickupBody = z.infer<typeof CancelPickupBody>
