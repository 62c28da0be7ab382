"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

const SECTIONS = [
  { href: "/producer", label: "Tổng quan" },
  { href: "/producer/products", label: "Sản phẩm" },
  { href: "/producer/certificates", label: "Giấy chứng nhận" },
  { href: "/producer/orders", label: "Đơn hàng" },
  { href: "/producer/profile", label: "Hồ sơ" },
  { href: "/producer/members", label: "Thành viên", ownerOnly: true },
]

const itemClass =
  "inline-flex items-center rounded-lg px-3 py-2 font-semibold hover:bg-stone-100 aria-[current=page]:bg-emerald-700 aria-[current=page]:text-white"

function isCurrent(pathname: string, href: string): boolean {
  return href === "/producer" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)
}

/** The portal's sections; the current one marked for everybody, not only by colour. */
export default function PortalNav({ owner, logOut }: { owner: boolean; logOut: React.ReactNode }) {
  const pathname = usePathname()
  return (
    <nav aria-label="Cổng nhà sản xuất" className="border-t border-stone-200">
      {/* Wrapped rather than hidden in a menu on phones: every section stays one tap away. */}
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-2 whitespace-nowrap">
        {SECTIONS.filter((section) => owner || !section.ownerOnly).map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={isCurrent(pathname, section.href) ? "page" : undefined}
              className={itemClass}
            >
              {section.label}
            </Link>
          </li>
        ))}
        <li className="ml-auto">{logOut}</li>
      </ul>
    </nav>
  )
}
