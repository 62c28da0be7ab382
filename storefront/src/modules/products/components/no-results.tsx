import Link from "next/link"
import { popularProducts, searchCatalog } from "@/lib/data/catalog"
import { provinceNamed } from "../search-province"
import ProductGrid from "./product-grid"

/**
 * What a search that found nothing shows: what to try, and the products shoppers order most of the
 * province the shopper chose in the filters or named in the words ("mắm Nghệ An"), else of the shop.
 */
export default async function NoResults({
  q,
  provinces,
  clearHref,
  filtered,
}: {
  q: string
  /** The provinces selected in the filters. */
  provinces: string[]
  clearHref: string
  /** Whether filters other than the words narrow the search. */
  filtered: boolean
}) {
  let province: string | null = provinces[0] ?? null
  if (!province) {
    // Every province with listed products: the catalog's counts without any filter (one light read, shared).
    const all = await searchCatalog({ limit: 0 })
    province = all.ok
      ? provinceNamed(
          q,
          all.page.facets.province.map((p) => p.value)
        )
      : null
  }
  let popular = await popularProducts(province)
  if (!popular.cards.length && province) popular = await popularProducts(null)

  return (
    <div className="flex flex-col gap-6">
      <div className="rounded-lg bg-stone-50 p-6">
        <p className="font-semibold">Không tìm thấy sản phẩm nào cho “{q}”</p>
        <ul className="mt-2 list-disc pl-5 text-stone-700">
          <li>Kiểm tra lại chính tả, hoặc gõ ít từ hơn (ví dụ “mật ong” thay vì cả tên cơ sở).</li>
          <li>Tìm theo loại sản phẩm, tên nhà sản xuất, xã hoặc tỉnh.</li>
          {filtered && (
            <li>
              <Link href={clearHref} className="text-emerald-800 underline">
                Xoá bộ lọc
              </Link>{" "}
              để tìm trong tất cả sản phẩm OCOP.
            </li>
          )}
        </ul>
      </div>
      {popular.cards.length > 0 && (
        <section aria-labelledby="popular-heading" className="flex flex-col gap-3">
          <h2 id="popular-heading" className="text-xl font-bold">
            {popular.province ? `Được mua nhiều ở ${popular.province}` : "Sản phẩm được mua nhiều"}
          </h2>
          <ProductGrid cards={popular.cards} />
        </section>
      )}
    </div>
  )
}
