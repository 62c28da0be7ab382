import Link from "next/link"
import type { ActiveFilter } from "@/modules/products/facets"

/** The filters in use, each a link that removes it, and one that removes them all. */
export default function ActiveFilters({ filters, clearHref }: { filters: ActiveFilter[]; clearHref: string }) {
  if (filters.length === 0) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h3 id="active-filters-heading" className="sr-only">
        Đang lọc theo
      </h3>
      <ul aria-labelledby="active-filters-heading" className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.href}>
            <Link
              href={filter.href}
              prefetch={false}
              rel="nofollow"
              aria-label={`Bỏ lọc: ${filter.label}`}
              className="inline-flex items-center gap-1.5 rounded-full border border-emerald-700 bg-emerald-50 px-3 py-1 text-sm font-semibold text-emerald-900 hover:bg-emerald-100"
            >
              {filter.label}
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {filters.length > 1 && (
        <Link href={clearHref} prefetch={false} className="text-sm font-semibold text-emerald-800 underline">
          Xoá tất cả bộ lọc
        </Link>
      )}
    </div>
  )
}
