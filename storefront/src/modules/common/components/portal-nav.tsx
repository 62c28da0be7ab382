"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

/** `exact`: current only on its own address, not below it (a home, or a list with a form below it). */
export type NavSection = { href: string; label: string; exact?: boolean }

function isCurrent(pathname: string, section: NavSection): boolean {
  return pathname === section.href || (!section.exact && pathname.startsWith(`${section.href}/`))
}

/**
 * A portal's sections; the current one marked for everybody, not only by colour. `large`: big targets
 * for the showroom counter, a tablet used with a finger.
 */
export default function PortalNav({
  label,
  sections,
  large = false,
  logOut,
}: {
  label: string
  sections: NavSection[]
  large?: boolean
  logOut: React.ReactNode
}) {
  const pathname = usePathname()
  const itemClass = `inline-flex items-center rounded-lg py-2 font-semibold hover:bg-stone-100 aria-[current=page]:bg-emerald-700 aria-[current=page]:text-white ${large ? "min-h-12 px-4 text-lg" : "px-3"}`
  return (
    <nav aria-label={label} className="border-t border-stone-200">
      {/* Wrapped rather than hidden in a menu on phones: every section stays one tap away. */}
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-2 whitespace-nowrap">
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={isCurrent(pathname, section) ? "page" : undefined} className={itemClass}>
              {section.label}
            </Link>
          </li>
        ))}
        <li className="ml-auto">{logOut}</li>
      </ul>
    </nav>
  )
}
