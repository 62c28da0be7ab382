import type { Metadata } from "next"
import Link from "next/link"
import LoginForm from "@/modules/producer/components/login-form"

export const metadata: Metadata = { title: "Đăng nhập" }

export default async function LoginPage({ searchParams }: PageProps<"/producer/login">) {
  const { expired } = await searchParams
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Đăng nhập</h1>
        <p className="text-stone-700">
          Dành cho hộ kinh doanh, hợp tác xã, tổ hợp tác và doanh nghiệp có sản phẩm OCOP bán trên chợ.
        </p>
      </div>
      {expired && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 font-semibold text-amber-950">
          Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.
        </p>
      )}
      <LoginForm />
      <p>
        Chưa có tài khoản?{" "}
        <Link href="/producer/register" className="font-semibold text-emerald-800 underline">
          Đăng ký nhà sản xuất
        </Link>
      </p>
    </div>
  )
}
