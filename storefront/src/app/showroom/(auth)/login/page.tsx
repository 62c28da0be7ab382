import type { Metadata } from "next"
import PortalLogin from "@/modules/common/components/portal-login"
import { logInAction } from "@/modules/showroom-counter/actions/auth"

export const metadata: Metadata = { title: "Đăng nhập" }

export default async function LoginPage({ searchParams }: PageProps<"/showroom/login">) {
  const { expired } = await searchParams
  return (
    <PortalLogin
      title="Đăng nhập quầy"
      intro="Dành cho nhân viên điểm giới thiệu và bán sản phẩm OCOP. Tài khoản quầy do Văn phòng Điều phối OCOP cấp."
      expired={Boolean(expired)}
      action={logInAction}
      large
    />
  )
}
