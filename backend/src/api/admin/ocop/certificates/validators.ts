import { z } from "@medusajs/framework/zod"

const date = (what: string) => z.coerce.date({ error: `${what} không phải ngày hợp lệ.` })

export const IssueCertificateBody = z
  .object({
    product_id: z.string().min(1, "Chọn sản phẩm được công nhận."),
    decision_number: z.string().trim().min(1, "Nhập số quyết định công nhận (ví dụ 4894/QĐ-UBND)."),
    decision_date: date("Ngày quyết định"),
    issuer: z.string().trim().min(1, "Nhập cơ quan ban hành quyết định."),
    stars: z.number().int().min(3, "Chỉ sản phẩm đạt 3 đến 5 sao được cấp giấy chứng nhận OCOP.").max(5, "Hạng sao tối đa là 5."),
    product_set: z.number().int().min(1, "Bộ sản phẩm phải từ 1 đến 26.").max(26, "Bộ sản phẩm phải từ 1 đến 26."),
    program_year: z.number().int().min(2018).max(2100),
    legal_basis: z.enum(["148/2023", "1489/2025", "26/2026"], { error: "Căn cứ pháp lý phải là 148/2023, 1489/2025 hoặc 26/2026." }),
    issued_at: date("Ngày cấp"),
    expires_at: date("Ngày hết hạn").optional(),
    renewal_filed_at: date("Ngày nộp hồ sơ đánh giá lại").nullish(),
    owner_name: z.string().trim().min(1, "Nhập tên chủ thể."),
    owner_address: z.string().trim().nullish(),
    skus: z
      .array(
        z.object({
          variant_id: z.string().min(1),
          packaging: z.string().trim().min(1, "Nhập quy cách đóng gói cho mỗi SKU."),
          label_image_url: z.string().url("Ảnh nhãn phải là một địa chỉ URL.").nullish(),
        })
      )
      .min(1, "Giấy chứng nhận phải ghi rõ ít nhất một quy cách (SKU) được công nhận."),
  })
  .refine((body) => !body.expires_at || body.expires_at > body.issued_at, {
    message: "Ngày hết hạn phải sau ngày cấp.",
    path: ["expires_at"],
  })
export type IssueCertificateBody = z.infer<typeof IssueCertificateBody>

export const RevokeCertificateBody = z.object({
  reason: z.string({ error: "Nhập lý do thu hồi." }).trim().min(5, "Nhập lý do thu hồi (căn cứ Điều 8 QĐ 26/2026)."),
})
export type RevokeCertificateBody = z.infer<typeof RevokeCertificateBody>
