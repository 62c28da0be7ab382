import type { Metadata } from "next"
import { getMe, listMembers } from "@/lib/data/producer-portal"
import { formatDate, MEMBER_ROLE_LABELS } from "@ocop/contracts"
import { inviteMemberAction } from "@/modules/producer-portal/actions/account"
import InviteForm from "@/modules/producer-portal/components/invite-form"
import { td, th, TableScroller } from "@/modules/common/components/table"

export const metadata: Metadata = { title: "Thành viên" }

export default async function MembersPage() {
  const { member } = await getMe()
  if (member.role !== "owner") {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">Thành viên</h1>
        <p className="rounded-lg bg-stone-50 p-6">Chỉ chủ sở hữu mới xem và mời thành viên.</p>
      </div>
    )
  }

  const { members, invites } = await listMembers()
  const now = Date.now()
  const open = invites.filter((invite) => !invite.accepted_at)

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <h1 className="text-3xl font-bold">Thành viên</h1>

      <section aria-labelledby="members-heading" className="flex flex-col gap-3">
        <h2 id="members-heading" className="text-xl font-bold">
          Người dùng cổng nhà sản xuất
        </h2>
        <TableScroller label="Danh sách thành viên">
          <table className="w-full min-w-md border-collapse">
            <caption className="sr-only">Thành viên</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Họ và tên
                </th>
                <th scope="col" className={th}>
                  Email
                </th>
                <th scope="col" className={th}>
                  Vai trò
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((row) => (
                <tr key={row.id}>
                  <td className={`${td} font-semibold`}>
                    {row.name}
                    {row.id === member.id && <span className="font-normal text-stone-600"> (bạn)</span>}
                  </td>
                  <td className={td}>{row.email}</td>
                  <td className={td}>{MEMBER_ROLE_LABELS[row.role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </section>

      {open.length > 0 && (
        <section aria-labelledby="invites-heading" className="flex flex-col gap-3">
          <h2 id="invites-heading" className="text-xl font-bold">
            Lời mời chưa nhận
          </h2>
          <TableScroller label="Lời mời chưa nhận">
            <table className="w-full min-w-md border-collapse">
              <caption className="sr-only">Lời mời chưa nhận</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Email
                  </th>
                  <th scope="col" className={th}>
                    Hết hạn
                  </th>
                </tr>
              </thead>
              <tbody>
                {open.map((invite) => (
                  <tr key={invite.id}>
                    <td className={td}>{invite.email}</td>
                    <td className={td}>
                      {new Date(invite.expires_at).getTime() < now
                        ? `Đã hết hạn (${formatDate(invite.expires_at)})`
                        : formatDate(invite.expires_at)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </section>
      )}

      <section aria-labelledby="invite-heading" className="flex flex-col gap-3 rounded-lg border border-stone-200 p-4 sm:p-6">
        <h2 id="invite-heading" className="text-xl font-bold">
          Mời nhân viên
        </h2>
        <p className="text-stone-700">
          Nhân viên quản lý được sản phẩm, tồn kho và đơn hàng; chỉ chủ sở hữu sửa hồ sơ, nộp hồ sơ đánh giá lại và mời thành
          viên. Gửi liên kết mời cho nhân viên qua Zalo, email hoặc tin nhắn.
        </p>
        <InviteForm action={inviteMemberAction} />
      </section>
    </div>
  )
}
