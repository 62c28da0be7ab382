import Link from "next/link"
import { catalogHref, type CatalogQuery } from "@/modules/products/catalog-query"

const linkClass = "inline-flex min-w-11 justify-center rounded border px-3 py-2 font-semibold"

export default function Pagination({ query, totalPages }: { query: CatalogQuery; totalPages: number }) {
  if (totalPages <= 1) return null
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1)
  return (
    <nav aria-label="Phân trang" className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {query.page > 1 && (
          <li>
            <Link
              href={catalogHref(query, { page: query.page - 1 })}
              rel="prev"
              className={`${linkClass} border-stone-300`}
            >
              ‹ Trang trước
            </Link>
          </li>
        )}
        {pages.map((page) => (
          <li key={page}>
            <Link
              href={catalogHref(query, { page })}
              aria-current={page === query.page ? "page" : undefined}
              aria-label={`Trang ${page}`}
              className={`${linkClass} ${
                page === query.page ? "border-emerald-700 bg-emerald-700 text-white" : "border-stone-300"
              }`}
            >
              {page}
            </Link>
          </li>
        ))}
        {query.page < totalPages && (
          <li>
            <Link
              href={catalogHref(query, { page: query.page + 1 })}
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
