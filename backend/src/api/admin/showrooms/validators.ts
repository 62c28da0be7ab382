import { z } from "@medusajs/framework/zod"
import { LIMITS } from "../../input-rules"

const required = (message: string, max: number = LIMITS.name) => z.string({ error: message }).trim().min(1, message).max(max)

export const CreateShowroomBody = z.object({
  name: required("Nhập tên điểm bán."),
  site_type: z.enum(["station", "highway_stop", "market_mall", "tourist_site", "craft_village", "post_office", "other"], {
    error: "Chọn loại địa điểm theo Quyết định 950/QĐ-BCT: nhà ga, trạm dừng nghỉ, chợ/trung tâm thương mại, điểm du lịch, làng nghề, bưu cục hoặc khác.",
  }),
  commune: required("Nhập xã/phường."),
  province: required("Nhập tỉnh/thành phố."),
  address: required("Nhập địa chỉ."),
  opening_hours: required("Nhập giờ mở cửa (ví dụ 7:30–21:00 hằng ngày)."),
  operator: required("Nhập đơn vị vận hành."),
  phone: z.string().trim().max(LIMITS.shortText).nullish(),
  email: z.string().trim().max(LIMITS.shortText * 2).email("Email không hợp lệ.").nullish(),
})
export type CreateShowroomBody = z.infer<typeof CreateShowroomBody>

export const CreateStaffBody = z.object({
  email: z.string({ error: "Nhập email đăng nhập." }).trim().toLowerCase().max(LIMITS.shortText * 2).email("Email không hợp lệ."),
  name: required("Nhập họ tên nhân viên."),
  password: z.string({ error: "Nhập mật khẩu." }).min(8, "Mật khẩu cần ít nhất 8 ký tự.").max(LIMITS.shortText, "Mật khẩu tối đa 100 ký tự."),
})
export type CreateStaffBody = z.infer<typeof CreateStaffBody>
