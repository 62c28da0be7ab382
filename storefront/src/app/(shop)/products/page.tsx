import type { Metadata } from "next"
import Link from "next/link"
import { connection } from "next/server"
import { listProducts } from "@/lib/data/products"
import { listFacets } from "@/lib/data/tags"
import {
  catalogHref,
  PAGE_SIZE,
  parseCatalogQuery,
  type CatalogQuery,
} from "@/modules/products/catalog-query"
import CatalogControls from "@/modules/products/components/catalog-controls"
import Pagination from "@/modules/products/components/pagination"
import ProductGrid from "@/modules/products/components/product-grid"

function heading(query: CatalogQuery): string {
  const parts = ["Sản phẩm OCOP"]
  if (query.stars) parts.push(`${query.stars} sao`)
  if (query.province) parts.push(`của ${query.province}`)
  return parts.join(" ")
}

export async function generateMetadata({ searchParams }: PageProps<"/products">): Promise<Metadata> {
  const query = parseCatalogQuery(await searchParams)
  const title = query.page > 1 ? `${heading(query)} – trang ${query.page}` : heading(query)
  return {
    title,
    description: `${heading(query)}: đặc sản địa phương đạt chứng nhận OCOP, lọc theo hạng sao và tỉnh, giao tận nhà, thanh toán khi nhận hàng.`,
  }
}

export default async function ProductsPage({ searchParams }: PageProps<"/products">) {
  await connection()
  const query = parseCatalogQuery(await searchParams)
  const facets = await listFacets()

  // Star and province filters are product tags; a value with no tag matches nothing.
  const starTag = query.stars ? facets.stars.find((t) => t.stars === query.stars) : undefined
  const provinceTag = query.province ? facets.provinces.find((t) => t.name === query.province) : undefined
  const unmatched = (query.stars && !starTag) || (query.province && !provinceTag)
  const tagIds = [starTag?.id, provinceTag?.id].filter((id): id is string => Boolean(id))

  const { products, count } = unmatched
    ? { products: [], count: 0 }
    : await listProducts({ limit: PAGE_SIZE, page: query.page, sort: query.sort, tagIds })
  const totalPages = Math.ceil(count / PAGE_SIZE)

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{heading(query)}</h1>
        <p className="mt-1 text-stone-700" role="status">
          {count} sản phẩm{totalPages > 1 && ` · trang ${query.page}/${totalPages}`}
        </p>
      </div>
      <CatalogControls query={query} facets={facets} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          Danh sách sản phẩm
        </h2>
        {products.length > 0 ? (
          <ProductGrid products={products} />
        ) : (
          <div className="rounded-lg bg-stone-50 p-6">
            {count > 0 ? (
              <>
                <p className="font-semibold">Trang {query.page} không có sản phẩm.</p>
                <Link
                  href={catalogHref(query, { page: 1 })}
                  className="mt-2 inline-block text-emerald-800 underline"
                >
                  Về trang đầu của danh sách
                </Link>
              </>
            ) : (
              <>
                <p className="font-semibold">Không có sản phẩm nào phù hợp.</p>
                <Link
                  href={catalogHref(query, { stars: null, province: null, page: 1 })}
                  className="mt-2 inline-block text-emerald-800 underline"
                >
                  Xem tất cả sản phẩm OCOP
                </Link>
              </>
            )}
          </div>
        )}
        <Pagination query={query} totalPages={totalPages} />
      </section>
    </div>
  )
}
