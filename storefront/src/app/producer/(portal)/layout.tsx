import { getMe } from "@/lib/data/producer"
import { logOutAction } from "@/modules/producer/actions/auth"
import PortalName from "@/modules/producer/components/portal-name"
import PortalNav from "@/modules/producer/components/portal-nav"
import StatusBanner from "@/modules/producer/components/status-banner"
import { MEMBER_ROLE_LABELS } from "@/modules/producer/labels"

/** The logged-in portal: who is working for which producer, the sections, and why it cannot sell yet. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // Without a session, or with one the backend refuses, this sends the visitor to log in.
  const { member, producer } = await getMe()
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
          <PortalName />
          <p className="text-sm text-stone-700">
            <span className="font-semibold text-stone-900">{producer.name}</span> · {member.name} (
            {MEMBER_ROLE_LABELS[member.role]})
          </p>
        </div>
        <PortalNav
          owner={member.role === "owner"}
          logOut={
            // A plain form: logging out works before any JavaScript has loaded.
            <form action={logOutAction}>
              <button type="submit" className="rounded-lg px-3 py-2 font-semibold hover:bg-stone-100">
                Đăng xuất
              </button>
            </form>
          }
        />
      </header>
      <StatusBanner producer={producer} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  )
}
