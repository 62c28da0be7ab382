import Link from "next/link"
import PortalName from "@/modules/producer/components/portal-name"

/** Logging in, registering and joining: the portal's name and the way back to the shop, nothing else. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
          <PortalName />
          <Link href="/" className="rounded px-2 py-2 text-sm font-semibold hover:bg-stone-100">
            Về cửa hàng
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-8 sm:py-12">
        {children}
      </main>
    </>
  )
}
