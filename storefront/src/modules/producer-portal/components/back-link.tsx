import Link from "next/link"

/** Back up to the list a portal page was opened from. */
export default function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="self-start text-sm font-semibold text-emerald-800 underline">
      ‹ {children}
    </Link>
  )
}
