import { getMe } from "@/lib/data/showroom-counter"
import LogOutForm from "@/modules/common/components/log-out-form"
import PortalName from "@/modules/common/components/portal-name"
import PortalNav, { type NavSection } from "@/modules/common/components/portal-nav"
import { logOutAction } from "@/modules/showroom-counter/actions/auth"

const SECTIONS: NavSection[] = [
  { href: "/showroom", label: "Bán hàng", exact: true },
  { href: "/showroom/pickups", label: "Đơn nhận tại quầy" },
  { href: "/showroom/stock", label: "Tồn kho" },
  { href: "/showroom/movements/new", label: "Nhập / Xuất" },
  // "Nhật ký" is not current on "Nhập / Xuất", which lives below it.
  { href: "/showroom/movements", label: "Nhật ký", exact: true },
  { href: "/showroom/reports", label: "Báo cáo" },
]

/** The logged-in counter: which showroom, who is at the counter, and the sections. */
export default async function CounterLayout({ children }: { children: React.ReactNode }) {
  // Without a session, or with one the backend refuses, this sends staff to log in.
  const { staff, showroom } = await getMe()
  return (
    <>
      {/* A printed receipt carries only the receipt. */}
      <header className="border-b border-stone-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
          <PortalName href="/showroom" name="Quầy bán hàng" />
          <p className="text-stone-700">
            <span className="font-semibold text-stone-900">{showroom.name}</span> · {staff.name}
          </p>
        </div>
        {/* Big targets: the counter is a tablet, used with a finger. */}
        <PortalNav label="Quầy bán hàng" sections={SECTIONS} large logOut={<LogOutForm action={logOutAction} large />} />
      </header>
      {!showroom.active && (
        <div className="border-b border-amber-300 bg-amber-50 text-amber-950 print:hidden">
          <p className="mx-auto max-w-6xl px-4 py-3 font-semibold">Điểm bán đang tạm đóng trên trang công khai của chợ OCOP.</p>
        </div>
      )}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 print:p-0">
        {children}
      </main>
    </>
  )
}
