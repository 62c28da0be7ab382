import Link from "next/link"
import { connection } from "next/server"
import { listProducts } from "@/lib/data/products"
import { listFacets } from "@/lib/data/tags"
import StarBadge from "@/modules/ocop/components/star-badge"
import { catalogHref, parseCatalogQuery } from "@/modules/products/catalog-query"
import ProductGrid from "@/modules/products/components/product-grid"

const allProducts = parseCatalogQuery({})

export default async function HomePage() {
  // Live catalog data: render per request, never at build time (the backend may not be running then).
  await connection()
  const [{ products }, facets] = await Promise.all([listProducts({ limit: 8 }), listFacets()])

  return (
    <div className="flex flex-col gap-12">
      <section className="rounded-2xl bg-emerald-50 px-5 py-10 sm:px-10 sm:py-14">
        <h1 className="max-w-2xl text-3xl font-bold leading-tight text-emerald-900 sm:text-4xl">
          Đặc sản OCOP, mua tận gốc từ nhà sản xuất
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-stone-700">
          Sản phẩm đạt chứng nhận OCOP 3 đến 5 sao của hộ sản xuất, hợp tác xã và doanh nghiệp địa phương. Mỗi
          nhà sản xuất tự đóng gói và giao phần hàng của mình, thanh toán khi nhận hàng.
        </p>
        <Link
          href="/products"
          className="mt-6 inline-block rounded-lg bg-emerald-700 px-5 py-3 font-semibold text-white hover:bg-emerald-800"
        >
          Xem tất cả sản phẩm
        </Link>
      </section>

      <section aria-labelledby="featured-heading">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="featured-heading" className="text-2xl font-bold">
            Sản phẩm mới
          </h2>
          <Link href="/products" className="font-semibold text-emerald-800 underline">
            Xem tất cả sản phẩm OCOP
          </Link>
        </div>
        {products.length > 0 ? (
          <ProductGrid products={products} />
        ) : (
          <p className="text-stone-700">Chưa có sản phẩm nào được bày bán.</p>
        )}
      </section>

      {facets.stars.length > 0 && (
        <section aria-labelledby="stars-heading">
          <h2 id="stars-heading" className="mb-4 text-2xl font-bold">
            Chọn theo hạng sao OCOP
          </h2>
          <ul className="grid gap-3 sm:grid-cols-3">
            {facets.stars.map(({ id, stars }) => (
              <li key={id}>
                <Link
                  href={catalogHref(allProducts, { stars })}
                  className="flex h-full flex-col gap-2 rounded-lg border border-stone-200 p-4 hover:border-emerald-700"
                >
                  <StarBadge stars={stars} size="md" />
                  <span className="font-semibold">Sản phẩm OCOP {stars} sao</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {facets.provinces.length > 0 && (
        <section aria-labelledby="provinces-heading">
          <h2 id="provinces-heading" className="mb-4 text-2xl font-bold">
            Chọn theo tỉnh, thành phố
          </h2>
          <ul className="flex flex-wrap gap-3">
            {facets.provinces.map(({ id, name }) => (
              <li key={id}>
                <Link
                  href={catalogHref(allProducts, { province: name })}
                  className="inline-block rounded-full border border-stone-300 px-4 py-2 font-semibold hover:border-emerald-700 hover:text-emerald-800"
                >
                  Đặc sản {name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
