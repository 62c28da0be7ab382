import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer } from "@/lib/data/customer"
import RegisterForm from "@/modules/account/components/register-form"

export const metadata: Metadata = { title: "Đăng ký tài khoản", robots: { index: false } }

export default async function RegisterPage() {
  if (await currentCustomer()) redirect("/tai-khoan")
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Đăng ký tài khoản</h1>
        <p className="text-stone-700">Lưu địa chỉ giao hàng và theo dõi mọi đơn hàng ở một nơi.</p>
      </div>
      <RegisterForm />
      <p>
        Đã có tài khoản?{" "}
        <Link href="/tai-khoan/dang-nhap" className="font-semibold text-emerald-800 underline">
          Đăng nhập
        </Link>
      </p>
    </div>
  )
}
