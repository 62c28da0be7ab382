import type { Metadata } from "next"
import ForgotForm from "@/modules/account/components/forgot-form"

export const metadata: Metadata = { title: "Quên mật khẩu", robots: { index: false } }

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Quên mật khẩu</h1>
        <p className="text-stone-700">Nhập email của tài khoản: chúng tôi gửi một liên kết để đặt mật khẩu mới.</p>
      </div>
      <ForgotForm />
    </div>
  )
}
