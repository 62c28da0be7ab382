import Link from "next/link"

/** Previous and next pages of a portal list; `href(page)` keeps the list's other filters. */
export default function Pager({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  const link = "inline-flex rounded-lg border border-stone-300 px-3 py-2 font-semibold hover:bg-stone-100"
  return (
    <nav aria-label="Phân trang" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-stone-700">
        Trang {page} / {totalPages}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={href(page - 1)} rel="prev" className={link}>
            ‹ Trang trước
          </Link>
        )}
        {page < totalPages && (
          <Link href={href(page + 1)} rel="next" className={link}>
            Trang sau ›
          </Link>
        )}
      </div>
    </nav>
  )
}
