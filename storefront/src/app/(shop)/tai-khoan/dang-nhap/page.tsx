import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer } from "@/lib/data/customer"
import { logInAction } from "@/modules/account/actions/auth"
import PortalLogin from "@/modules/common/components/portal-login"

export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } }

export default async function CustomerLoginPage({ searchParams }: PageProps<"/tai-khoan/dang-nhap">) {
  if (await currentCustomer()) redirect("/tai-khoan")
  const { expired } = await searchParams
  return (
    <PortalLogin
      title="Đăng nhập"
      intro="Xem đơn hàng, lưu địa chỉ giao hàng và đặt lại nhanh hơn. Giỏ hàng của bạn được giữ nguyên khi đăng nhập."
      expired={Boolean(expired)}
      action={logInAction}
    >
      <Link href="/tai-khoan/quen-mat-khau" className="font-semibold text-emerald-800 underline">
        Quên mật khẩu?
      </Link>
      <p>
        Chưa có tài khoản?{" "}
        <Link href="/tai-khoan/dang-ky" className="font-semibold text-emerald-800 underline">
          Đăng ký
        </Link>
      </p>
      <p className="text-stone-700">Bạn vẫn có thể đặt hàng mà không cần tài khoản.</p>
    </PortalLogin>
  )
}
