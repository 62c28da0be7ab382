import Link from "next/link"
import StarBadge from "@/modules/ocop/components/star-badge"
import { isStars } from "@/modules/ocop/stars"
import { catalogHref, catalogParams, filterCount, type CatalogQuery } from "@/modules/products/catalog-query"
import { facetOptions, foldOptions, inStockCount, type FacetOption } from "@/modules/products/facets"
import type { CatalogFacets } from "@ocop/contracts"

// Every filter is a plain link (or, for the price range, a GET form): no JavaScript, and each view has
// its own URL. On phones the panel folds into a <details>; from `lg` up it is always open (globals.css).

/** Options shown before "Xem thêm". */
const SHOWN = 6

export default function CatalogFilters({ query, facets }: { query: CatalogQuery; facets: CatalogFacets }) {
  const groups = facetOptions(query, facets)
  const active = filterCount(query)
  const inStock = inStockCount(facets)

  return (
    <section aria-labelledby="catalog-filters-heading">
      <h2 id="catalog-filters-heading" className="sr-only">
        Bộ lọc
      </h2>
      <details className="filter-panel rounded-lg border border-stone-200 lg:border-0">
        <summary className="flex cursor-pointer items-center justify-between gap-2 px-4 py-3 font-semibold">
          <span>
            Bộ lọc
            {active > 0 && (
              <span className="ml-2 rounded-full bg-emerald-700 px-2 py-0.5 text-sm text-white">
                {active}
                <span className="sr-only"> đang dùng</span>
              </span>
            )}
          </span>
          <span aria-hidden="true" className="text-stone-500">
            ▾
          </span>
        </summary>
        <div className="flex flex-col gap-6 border-t border-stone-200 p-4 lg:border-0 lg:p-0">
          <FacetGroup
            id="filter-stars"
            title="Hạng sao OCOP"
            options={groups.stars}
            label={(o) => {
              const stars = Number(o.value)
              return isStars(stars) ? <StarBadge stars={stars} /> : o.label
            }}
          />
          <FacetGroup id="filter-province" title="Tỉnh, thành phố" options={groups.provinces} />
          <FacetGroup
            id="filter-commune"
            title="Xã, phường"
            options={groups.communes}
            note={query.provinces.length === 0 ? "Nơi có nhiều sản phẩm nhất. Chọn tỉnh để xem tất cả." : null}
          />
          <FacetGroup id="filter-product-set" title="Bộ sản phẩm" options={groups.productSets} />
          <FacetGroup id="filter-producer" title="Nhà sản xuất" options={groups.producers} />
          <PriceRange query={query} />
          {(facets.in_stock.length > 0 || query.inStock) && (
            <div>
              <h3 id="filter-stock" className="mb-1 text-sm font-bold">
                Tình trạng
              </h3>
              <ul aria-labelledby="filter-stock">
                <FacetLink
                  option={{
                    value: "true",
                    label: "Chỉ còn hàng",
                    detail: null,
                    count: inStock,
                    selected: query.inStock,
                    href: catalogHref(query, { inStock: !query.inStock, page: 1 }),
                  }}
                />
              </ul>
            </div>
          )}
        </div>
      </details>
    </section>
  )
}

function FacetGroup({
  id,
  title,
  options,
  note = null,
  label = (o) => o.label,
}: {
  id: string
  title: string
  options: FacetOption[]
  note?: string | null
  label?: (option: FacetOption) => React.ReactNode
}) {
  if (options.length === 0) return null
  const { first, more } = foldOptions(options, SHOWN)
  return (
    <div>
      <h3 id={id} className="mb-1 text-sm font-bold">
        {title}
      </h3>
      {note && <p className="mb-1 text-xs text-stone-600">{note}</p>}
      <ul aria-labelledby={id}>
        {first.map((option) => (
          <FacetLink key={option.value} option={option} label={label(option)} />
        ))}
      </ul>
      {more.length > 0 && (
        <details>
          <summary className="cursor-pointer px-1 py-1.5 text-sm font-semibold text-emerald-800">Xem thêm {more.length}</summary>
          <ul aria-labelledby={id}>
            {more.map((option) => (
              <FacetLink key={option.value} option={option} label={label(option)} />
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

function FacetLink({ option, label = option.label }: { option: FacetOption; label?: React.ReactNode }) {
  return (
    <li>
      <Link
        href={option.href}
        prefetch={false}
        rel="nofollow"
        aria-current={option.selected ? "true" : undefined}
        className="flex items-start gap-2 rounded px-1 py-1.5 text-sm hover:bg-stone-100"
      >
        <span
          aria-hidden="true"
          className={`mt-0.5 flex size-4 shrink-0 items-center justify-center rounded-sm border text-[0.7rem] leading-none ${
            option.selected ? "border-emerald-700 bg-emerald-700 text-white" : "border-stone-400 bg-white"
          }`}
        >
          {option.selected && "✓"}
        </span>
        <span className="flex-1">
          {label}
          {option.selected && <span className="sr-only"> (đang chọn)</span>}
          {option.detail && <span className="block text-xs text-stone-600">{option.detail}</span>}
        </span>
        <span className="text-stone-600">
          {option.count}
          <span className="sr-only"> sản phẩm</span>
        </span>
      </Link>
    </li>
  )
}

function PriceRange({ query }: { query: CatalogQuery }) {
  const input = "w-full rounded-lg border border-stone-400 px-3 py-2 text-sm"
  return (
    // Keyed by the view so a link elsewhere on the page resets what was typed but not applied.
    <form key={catalogHref(query)} action="/products" aria-labelledby="filter-price">
      {catalogParams(query, ["price_min", "price_max", "page"]).map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <h3 id="filter-price" className="mb-2 text-sm font-bold">
        Khoảng giá (₫)
      </h3>
      <div className="flex items-end gap-2">
        <label className="flex flex-1 flex-col gap-1 text-xs text-stone-700">
          Từ
          <input
            name="price_min"
            type="number"
            inputMode="numeric"
            min={0}
            placeholder="0"
            defaultValue={query.priceMin ?? ""}
            className={input}
          />
        </label>
        <label className="flex flex-1 flex-col gap-1 text-xs text-stone-700">
          Đến
          <input
            name="price_max"
            type="number"
            inputMode="numeric"
            min={0}
            placeholder="500000"
            defaultValue={query.priceMax ?? ""}
            className={input}
          />
        </label>
      </div>
      <button
        type="submit"
        className="mt-2 w-full rounded-lg border border-emerald-700 px-3 py-2 text-sm font-semibold text-emerald-800 hover:bg-emerald-50"
      >
        Áp dụng khoảng giá
      </button>
    </form>
  )
}
