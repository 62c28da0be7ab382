import type { Metadata } from "next"
import Link from "next/link"
import { getMe, listProducts, PRODUCTS_PAGE_SIZE } from "@/lib/data/producer-portal"
import { formatVnd } from "@ocop/contracts"
import Thumbnail from "@/modules/common/components/thumbnail"
import { inputClass, primaryButton } from "@/modules/common/components/fields"
import ListingBadge from "@/modules/producer-portal/components/listing-badge"
import Pager from "@/modules/common/components/pager"
import { listHref, pageCount, parsePage } from "@/modules/common/paging"

export const metadata: Metadata = { title: "Sản phẩm" }

export default async function ProductsPage({ searchParams }: PageProps<"/producer/products">) {
  const params = await searchParams
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : ""
  const page = parsePage(params.page)
  const [{ producer }, { products, count }] = await Promise.all([
    getMe(),
    listProducts({ q, offset: (page - 1) * PRODUCTS_PAGE_SIZE }),
  ])

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Sản phẩm</h1>
        <Link href="/producer/products/new" className={primaryButton}>
          Thêm sản phẩm
        </Link>
      </div>

      <form action="/producer/products" role="search" className="flex max-w-md">
        <label htmlFor="product-search" className="sr-only">
          Tìm sản phẩm của bạn
        </label>
        <input
          id="product-search"
          name="q"
          type="search"
          maxLength={100}
          defaultValue={q}
          placeholder="Tìm theo tên sản phẩm"
          className={`${inputClass} rounded-r-none`}
        />
        <button type="submit" className="rounded-r-lg bg-emerald-700 px-4 py-2 font-semibold text-white hover:bg-emerald-800">
          Tìm
        </button>
      </form>

      {products.length === 0 ? (
        <div className="rounded-lg bg-stone-50 p-6">
          {q ? (
            <p>Không có sản phẩm nào khớp với “{q}”.</p>
          ) : (
            <p>
              Bạn chưa có sản phẩm nào.{" "}
              <Link href="/producer/products/new" className="font-semibold text-emerald-800 underline">
                Thêm sản phẩm đầu tiên
              </Link>
            </p>
          )}
        </div>
      ) : (
        <section aria-labelledby="product-list-heading" className="flex flex-col gap-4">
          <h2 id="product-list-heading" className="sr-only">
            Danh sách sản phẩm ({count})
          </h2>
          <ul className="flex flex-col gap-3">
            {products.map((product) => (
              <li key={product.id} className="flex gap-4 rounded-lg border border-stone-200 p-4">
                <Thumbnail src={product.thumbnail} size={80} className="size-16 shrink-0 rounded bg-stone-100 sm:size-20" />
                <div className="flex min-w-0 flex-1 flex-col gap-2">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <h3 className="text-lg font-semibold">
                      <Link href={`/producer/products/${product.id}`} className="hover:text-emerald-800 hover:underline">
                        {product.title}
                      </Link>
                    </h3>
                    <ListingBadge product={product} producerStatus={producer.status} />
                  </div>
                  <ul aria-label={`Quy cách của ${product.title}`} className="flex flex-col gap-1 text-sm">
                    {product.variants.map((variant) => (
                      <li key={variant.id} className="flex flex-wrap gap-x-2">
                        <span className="font-semibold">{variant.title}</span>
                        <span aria-hidden="true">·</span>
                        <span>{variant.price === null ? "Chưa có giá" : formatVnd(variant.price)}</span>
                        <span aria-hidden="true">·</span>
                        <span className={variant.stock < 10 ? "font-semibold text-red-700" : undefined}>
                          Tồn kho: {variant.stock}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            totalPages={pageCount(count, PRODUCTS_PAGE_SIZE)}
            href={(to) => listHref("/producer/products", { q, page: to })}
          />
        </section>
      )}
    </div>
  )
}
