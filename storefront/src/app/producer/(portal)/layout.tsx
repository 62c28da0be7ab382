import { getMe } from "@/lib/data/producer-portal"
import LogOutForm from "@/modules/common/components/log-out-form"
import PortalName from "@/modules/common/components/portal-name"
import PortalNav, { type NavSection } from "@/modules/common/components/portal-nav"
import { logOutAction } from "@/modules/producer-portal/actions/auth"
import StatusBanner from "@/modules/producer-portal/components/status-banner"
import { MEMBER_ROLE_LABELS } from "@ocop/contracts"

const SECTIONS: NavSection[] = [
  { href: "/producer", label: "Tổng quan", exact: true },
  { href: "/producer/products", label: "Sản phẩm" },
  { href: "/producer/batches", label: "Lô & tem" },
  { href: "/producer/certificates", label: "Giấy chứng nhận" },
  { href: "/producer/inspections", label: "Kiểm tra" },
  { href: "/producer/scan-watch", label: "Cảnh báo tem" },
  { href: "/producer/orders", label: "Đơn hàng" },
  { href: "/producer/showrooms", label: "Điểm bán" },
  { href: "/producer/settlements", label: "Quyết toán" },
  { href: "/producer/profile", label: "Hồ sơ" },
]
/** Only the owner manages who works in the portal. */
const OWNER_SECTIONS: NavSection[] = [...SECTIONS, { href: "/producer/members", label: "Thành viên" }]

/** The logged-in portal: who is working for which producer, the sections, and why it cannot sell yet. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // Without a session, or with one the backend refuses, this sends the visitor to log in.
  const { member, producer } = await getMe()
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
          <PortalName href="/producer" name="Cổng nhà sản xuất" />
          <p className="text-sm text-stone-700">
            <span className="font-semibold text-stone-900">{producer.name}</span> · {member.name} (
            {MEMBER_ROLE_LABELS[member.role]})
          </p>
        </div>
        <PortalNav
          label="Cổng nhà sản xuất"
          sections={member.role === "owner" ? OWNER_SECTIONS : SECTIONS}
          logOut={<LogOutForm action={logOutAction} />}
        />
      </header>
      <StatusBanner producer={producer} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  )
}
