import Link from "next/link"

/** The portal's name at the top of every portal page, leading to its dashboard. */
export default function PortalName() {
  return (
    <Link href="/producer" className="text-base font-bold text-emerald-800 sm:text-lg">
      Cổng nhà sản xuất <span className="text-amber-700">OCOP</span>
    </Link>
  )
}
