import type { Metadata } from "next"
import LogInLink from "@/modules/producer-portal/components/log-in-link"
import RegisterForm from "@/modules/producer-portal/components/register-form"

export const metadata: Metadata = { title: "Đăng ký nhà sản xuất" }

export default function RegisterPage() {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Đăng ký nhà sản xuất</h1>
        <p className="text-stone-700">
          Sau khi đăng ký, bạn có thể đưa sản phẩm lên ngay. Sản phẩm được bán khi Văn phòng Điều phối OCOP đã duyệt hồ sơ và có
          giấy chứng nhận OCOP còn hiệu lực.
        </p>
        <LogInLink />
      </div>
      <RegisterForm />
    </div>
  )
}
