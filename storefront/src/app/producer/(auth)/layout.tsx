import Link from "next/link"
import PortalAuthFrame from "@/modules/common/components/portal-auth-frame"

/** Logging in, registering and joining: the portal's name and the way back to the shop, nothing else. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <PortalAuthFrame
      home="/producer"
      name="Cổng nhà sản xuất"
      aside={
        <Link href="/" className="rounded px-2 py-2 text-sm font-semibold hover:bg-stone-100">
          Về cửa hàng
        </Link>
      }
    >
      {children}
    </PortalAuthFrame>
  )
}
