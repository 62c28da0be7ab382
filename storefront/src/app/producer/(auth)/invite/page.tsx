import type { Metadata } from "next"
import InviteAcceptForm from "@/modules/producer-portal/components/invite-accept-form"
import LogInLink from "@/modules/producer-portal/components/log-in-link"

export const metadata: Metadata = { title: "Tham gia nhà sản xuất" }

export default async function InvitePage({ searchParams }: PageProps<"/producer/invite">) {
  const { token } = await searchParams
  const inviteToken = typeof token === "string" ? token : ""
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Tham gia nhà sản xuất</h1>
        <p className="text-stone-700">
          Bạn được mời làm nhân viên của một nhà sản xuất OCOP. Tạo tài khoản để quản lý sản phẩm và đơn hàng cùng chủ sở hữu.
        </p>
      </div>
      {inviteToken ? (
        <InviteAcceptForm inviteToken={inviteToken} />
      ) : (
        <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          Liên kết mời không hợp lệ. Hãy mở đúng liên kết mà chủ sở hữu đã gửi cho bạn.
        </p>
      )}
      <LogInLink />
    </div>
  )
}
