import type { Metadata } from "next"
import Link from "next/link"
import { connection } from "next/server"
import { searchCatalog } from "@/lib/data/catalog"
import {
  catalogHref,
  EMPTY_QUERY,
  isFiltered,
  pageCount,
  parseCatalogQuery,
  storeCatalogQuery,
  type CatalogQuery,
} from "@/modules/products/catalog-query"
import ActiveFilters from "@/modules/products/components/active-filters"
import CatalogFilters from "@/modules/products/components/catalog-filters"
import CatalogToolbar from "@/modules/products/components/catalog-toolbar"
import NoResults from "@/modules/products/components/no-results"
import Pagination from "@/modules/products/components/pagination"
import ProductGrid from "@/modules/products/components/product-grid"
import { activeFilters, EMPTY_FACETS } from "@/modules/products/facets"

function heading(query: CatalogQuery): string {
  const parts = ["Sản phẩm OCOP"]
  if (query.stars.length === 1) parts.push(`${query.stars[0]} sao`)
  if (query.provinces.length === 1) parts.push(`của ${query.provinces[0]}`)
  return parts.join(" ")
}

export async function generateMetadata({ searchParams }: PageProps<"/products">): Promise<Metadata> {
  const query = parseCatalogQuery(await searchParams)
  const title = query.page > 1 ? `${heading(query)} – trang ${query.page}` : heading(query)
  return {
    title,
    description: `${heading(query)}: đặc sản địa phương đạt chứng nhận OCOP, tìm và lọc theo hạng sao, bộ sản phẩm, tỉnh, xã và nhà sản xuất, giao tận nhà, thanh toán khi nhận hàng.`,
  }
}

export default async function ProductsPage({ searchParams }: PageProps<"/products">) {
  await connection()
  const query = parseCatalogQuery(await searchParams)
  const result = await searchCatalog(storeCatalogQuery(query))
  const { cards, count, facets } = result.ok ? result.page : { cards: [], count: 0, facets: EMPTY_FACETS }
  // No card holds the words as typed: the store API found those written alike (dialect spellings, typos).
  const nearMatches = result.ok && result.page.matched === "similar" && count > 0
  const didYouMean = result.ok ? result.page.did_you_mean : null
  const totalPages = pageCount(count)
  const clearHref = catalogHref({ ...EMPTY_QUERY, sort: query.sort })

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{heading(query)}</h1>
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[15rem_1fr] lg:grid-rows-[auto_1fr] lg:gap-x-8">
        <div className="lg:col-start-2">
          <CatalogToolbar query={query} />
        </div>
        <div className="lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <CatalogFilters query={query} facets={facets} />
        </div>
        <section aria-labelledby="results-heading" className="flex min-w-0 flex-col gap-4 lg:col-start-2">
          <h2 id="results-heading" className="sr-only">
            Danh sách sản phẩm
          </h2>
          {result.ok ? (
            <p className="font-semibold text-stone-800" role="status">
              {count} sản phẩm
              {query.q && <span className="font-normal text-stone-700"> cho “{query.q}”</span>}
              {nearMatches && (
                <span className="block font-normal text-stone-700">
                  Không có sản phẩm ghi đúng như vậy: đây là các sản phẩm có tên gần giống (cách viết khác, gõ thiếu hoặc thừa
                  chữ).
                </span>
              )}
              {didYouMean && (
                <span className="block font-normal text-stone-700">
                  Có phải bạn muốn tìm:{" "}
                  <Link
                    href={catalogHref(query, { q: didYouMean, page: 1 })}
                    className="font-semibold text-emerald-800 underline"
                  >
                    {didYouMean}
                  </Link>
                </span>
              )}
            </p>
          ) : (
            <div className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-800" role="alert">
              <p className="font-semibold">{result.message}</p>
              {query.page > 1 && (
                <Link href={catalogHref(query, { page: 1 })} className="mt-2 inline-block underline">
                  Về trang đầu của danh sách
                </Link>
              )}
            </div>
          )}
          <ActiveFilters filters={activeFilters(query, facets)} clearHref={clearHref} />
          {cards.length > 0 ? (
            <ProductGrid cards={cards} query={query.q} />
          ) : result.ok && count === 0 && query.q ? (
            <NoResults
              q={query.q}
              provinces={query.provinces}
              clearHref={catalogHref(EMPTY_QUERY, { q: query.q, sort: query.sort })}
              filtered={isFiltered({ ...query, q: null })}
            />
          ) : (
            result.ok && (
              <div className="rounded-lg bg-stone-50 p-6">
                {count > 0 ? (
                  <>
                    <p className="font-semibold">Trang {query.page} không có sản phẩm.</p>
                    <Link href={catalogHref(query, { page: 1 })} className="mt-2 inline-block text-emerald-800 underline">
                      Về trang đầu của danh sách
                    </Link>
                  </>
                ) : isFiltered(query) ? (
                  <>
                    <p className="font-semibold">Không tìm thấy sản phẩm phù hợp</p>
                    <Link href={clearHref} className="mt-2 inline-block text-emerald-800 underline">
                      Xoá bộ lọc và xem tất cả sản phẩm OCOP
                    </Link>
                  </>
                ) : (
                  <p className="font-semibold">Chưa có sản phẩm nào được bày bán.</p>
                )}
              </div>
            )
          )}
          <Pagination query={query} totalPages={totalPages} />
        </section>
      </div>
    </div>
  )
}
