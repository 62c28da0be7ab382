import Link from "next/link"
import { connection } from "next/server"
import { searchCatalog } from "@/lib/data/catalog"
import StarBadge from "@/modules/ocop/components/star-badge"
import { catalogHref, EMPTY_QUERY, storeCatalogQuery } from "@/modules/products/catalog-query"
import ProductGrid from "@/modules/products/components/product-grid"
import { starCounts } from "@/modules/products/facets"

/** Newest cards first; the same answer carries the star and province counts. */
const NEWEST = storeCatalogQuery({ ...EMPTY_QUERY, sort: "newest" }, 8)

export default async function HomePage() {
  // Live catalog data: render per request, never at build time (the backend may not be running then).
  await connection()
  const result = await searchCatalog(NEWEST)
  if (!result.ok) throw new Error(`The store API refused the home page's catalog query: ${result.message}`)
  const { cards, facets } = result.page
  const stars = starCounts(facets.stars)

  return (
    <div className="flex flex-col gap-12">
      <section className="rounded-2xl bg-emerald-50 px-5 py-10 sm:px-10 sm:py-14">
        <h1 className="max-w-2xl text-3xl font-bold leading-tight text-emerald-900 sm:text-4xl">
          Đặc sản OCOP, mua tận gốc từ nhà sản xuất
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-stone-700">
          Sản phẩm đạt chứng nhận OCOP 3 đến 5 sao của hộ sản xuất, hợp tác xã và doanh nghiệp địa phương. Mỗi nhà sản xuất tự
          đóng gói và giao phần hàng của mình, thanh toán khi nhận hàng.
        </p>
        <div className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <Link
            href="/products"
            prefetch={false}
            className="inline-block rounded-lg bg-emerald-700 px-5 py-3 font-semibold text-white hover:bg-emerald-800"
          >
            Xem tất cả sản phẩm
          </Link>
          <Link href="/ve-ocop" prefetch={false} className="font-semibold text-emerald-800 underline">
            OCOP là gì?
          </Link>
        </div>
      </section>

      <section aria-labelledby="featured-heading">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="featured-heading" className="text-2xl font-bold">
            Sản phẩm mới
          </h2>
          <Link href="/products" prefetch={false} className="font-semibold text-emerald-800 underline">
            Xem tất cả sản phẩm OCOP
          </Link>
        </div>
        {cards.length > 0 ? (
          <ProductGrid cards={cards} wide />
        ) : (
          <p className="text-stone-700">Chưa có sản phẩm nào được bày bán.</p>
        )}
      </section>

      {stars.length > 0 && (
        <section aria-labelledby="stars-heading">
          <h2 id="stars-heading" className="mb-4 text-2xl font-bold">
            Chọn theo hạng sao OCOP
          </h2>
          <ul className="grid gap-3 sm:grid-cols-3">
            {stars.map(({ stars, count }) => (
              <li key={stars}>
                <Link
                  href={catalogHref(EMPTY_QUERY, { stars: [stars] })}
                  prefetch={false}
                  className="flex h-full flex-col items-start gap-2 rounded-lg border border-stone-200 p-4 hover:border-emerald-700"
                >
                  <StarBadge stars={stars} size="md" />
                  <span className="font-semibold">Sản phẩm OCOP {stars} sao</span>
                  <span className="text-sm text-stone-700">{count} sản phẩm</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {facets.province.length > 0 && (
        <section aria-labelledby="provinces-heading">
          <h2 id="provinces-heading" className="mb-4 text-2xl font-bold">
            Chọn theo tỉnh, thành phố
          </h2>
          <ul className="flex flex-wrap gap-3">
            {facets.province.map(({ value, count }) => (
              <li key={value}>
                <Link
                  href={catalogHref(EMPTY_QUERY, { provinces: [value] })}
                  prefetch={false}
                  className="inline-block rounded-full border border-stone-300 px-4 py-2 font-semibold hover:border-emerald-700 hover:text-emerald-800"
                >
                  Đặc sản {value} <span className="font-normal text-stone-600">({count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
