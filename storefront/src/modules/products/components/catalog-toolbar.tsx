import { catalogHref, catalogParams, SORTS, type CatalogQuery, type SortKey } from "@/modules/products/catalog-query"

/**
 * Search text and sort order: a GET form that keeps the filters in hidden fields, so it works
 * without JavaScript and lands on a shareable URL.
 */
export default function CatalogToolbar({ query }: { query: CatalogQuery }) {
  return (
    <form key={catalogHref(query)} action="/products" className="flex flex-wrap items-end gap-2">
      {catalogParams(query, ["q", "sort", "page"]).map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <div className="flex min-w-56 flex-[2] flex-col gap-1">
        <label htmlFor="catalog-q" className="text-sm font-semibold">
          Từ khoá
        </label>
        <input
          id="catalog-q"
          name="q"
          type="search"
          maxLength={100}
          defaultValue={query.q ?? ""}
          placeholder="Tên sản phẩm, nhà sản xuất, xã, huyện, tỉnh"
          className="h-11 rounded-lg border border-stone-400 px-3"
        />
      </div>
      <div className="flex min-w-40 flex-1 flex-col gap-1">
        <label htmlFor="catalog-sort" className="text-sm font-semibold">
          Sắp xếp
        </label>
        <select
          id="catalog-sort"
          name="sort"
          defaultValue={query.sort}
          className="h-11 rounded-lg border border-stone-400 bg-white px-3"
        >
          {(Object.keys(SORTS) as SortKey[]).map((sort) => (
            <option key={sort} value={sort}>
              {SORTS[sort]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="h-11 rounded-lg bg-emerald-700 px-5 font-semibold text-white hover:bg-emerald-800">
        Áp dụng
      </button>
    </form>
  )
}
