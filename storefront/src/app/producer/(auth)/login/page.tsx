import type { Metadata } from "next"
import Link from "next/link"
import PortalLogin from "@/modules/common/components/portal-login"
import { logInAction } from "@/modules/producer-portal/actions/auth"

export const metadata: Metadata = { title: "Đăng nhập" }

export default async function LoginPage({ searchParams }: PageProps<"/producer/login">) {
  const { expired } = await searchParams
  return (
    <PortalLogin
      title="Đăng nhập"
      intro="Dành cho hộ kinh doanh, hợp tác xã, tổ hợp tác và doanh nghiệp có sản phẩm OCOP bán trên chợ."
      expired={Boolean(expired)}
      action={logInAction}
    >
      <p>
        Chưa có tài khoản?{" "}
        <Link href="/producer/register" className="font-semibold text-emerald-800 underline">
          Đăng ký nhà sản xuất
        </Link>
      </p>
    </PortalLogin>
  )
}
