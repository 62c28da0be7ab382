import Link from "next/link"

/** A portal's name at the top of every one of its pages, leading to its home. */
export default function PortalName({ href, name }: { href: string; name: string }) {
  return (
    <Link href={href} className="text-base font-bold text-emerald-800 sm:text-lg">
      {name} <span className="text-amber-700">OCOP</span>
    </Link>
  )
}
