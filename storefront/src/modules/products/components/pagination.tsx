import Link from "next/link"
import { catalogHref, type CatalogQuery } from "@/modules/products/catalog-query"
import { pageWindow } from "@/modules/products/page-window"

const linkClass = "inline-flex min-w-11 justify-center rounded border px-3 py-2 font-semibold"

export default function Pagination({ query, totalPages }: { query: CatalogQuery; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Phân trang" className="mt-8 flex flex-col items-center gap-3">
      <p className="text-sm text-stone-700">
        Trang {Math.min(query.page, totalPages)} / {totalPages}
      </p>
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {query.page > 1 && (
          <li>
            <Link
              href={catalogHref(query, { page: Math.min(query.page - 1, totalPages) })}
              prefetch={false}
              rel="prev"
              className={`${linkClass} border-stone-300`}
            >
              ‹ Trang trước
            </Link>
          </li>
        )}
        {pageWindow(query.page, totalPages).map((page, index) =>
          page === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: at most two gaps, told apart by where they stand
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                href={catalogHref(query, { page })}
                prefetch={false}
                aria-current={page === query.page ? "page" : undefined}
                aria-label={`Trang ${page}`}
                className={`${linkClass} ${
                  page === query.page ? "border-emerald-700 bg-emerald-700 text-white" : "border-stone-300"
                }`}
              >
                {page}
              </Link>
            </li>
          )
        )}
        {query.page < totalPages && (
          <li>
            <Link
              href={catalogHref(query, { page: query.page + 1 })}
              prefetch={false}
              rel="next"
              className={`${linkClass} border-stone-300`}
            >
              Trang sau ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
