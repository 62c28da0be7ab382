import { z } from "zod"
import { MAX_DELIVERY_FEE } from "../delivery-fees"

const fee = (what: string) =>
  z
    .number({ error: `${what}: nhập số tiền (đồng, số nguyên).` })
    .int(`${what} là số đồng nguyên, không có phần lẻ.`)
    .min(0, `${what} không được âm.`)
    .max(MAX_DELIVERY_FEE, `${what} tối đa ${MAX_DELIVERY_FEE.toLocaleString("vi-VN")} ₫ mỗi kiện.`)

/**
 * The office's delivery fee table, replaced whole on each save: the fee of a parcel to any province
 * without its own, and the provinces that have their own (the 2025 provinces' two-digit codes).
 */
export const DeliveryFeesBody = z.object({
  flat_fee: fee("Phí giao hàng chung"),
  provinces: z
    .array(
      z.object({
        province_code: z
          .string({ error: "Hãy chọn tỉnh/thành phố." })
          .regex(/^\d{2}$/, "Mã tỉnh/thành phố gồm 2 chữ số (theo danh mục năm 2025)."),
        fee: fee("Phí giao hàng của tỉnh"),
      }),
      { error: "Danh sách phí theo tỉnh phải là một danh sách." }
    )
    .max(34, "Chỉ có 34 tỉnh, thành phố.")
    .refine(
      (provinces) => new Set(provinces.map((p) => p.province_code)).size === provinces.length,
      "Mỗi tỉnh/thành phố chỉ có một mức phí: hãy bỏ dòng trùng."
    ),
})
export type DeliveryFeesBody = z.infer<typeof DeliveryFeesBody>
