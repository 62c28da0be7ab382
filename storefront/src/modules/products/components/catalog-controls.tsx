import Link from "next/link"
import type { Facets } from "@/modules/products/facets"
import { catalogHref, SORTS, type CatalogQuery, type SortKey } from "@/modules/products/catalog-query"

// Filters and sorting are plain links: they work without JavaScript and every view has its own URL.

function Choice({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <li>
      <Link
        href={href}
        aria-current={current ? "page" : undefined}
        className={`inline-block rounded-full border px-3 py-1.5 text-sm font-semibold ${
          current
            ? "border-emerald-700 bg-emerald-700 text-white"
            : "border-stone-300 hover:border-emerald-700 hover:text-emerald-800"
        }`}
      >
        {children}
      </Link>
    </li>
  )
}

function Group({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
      <h3 className="w-28 shrink-0 text-sm font-semibold text-stone-700">{label}</h3>
      <ul className="flex flex-wrap gap-2">{children}</ul>
    </div>
  )
}

export default function CatalogControls({ query, facets }: { query: CatalogQuery; facets: Facets }) {
  return (
    <section aria-labelledby="catalog-controls-heading" className="flex flex-col gap-3">
      <h2 id="catalog-controls-heading" className="sr-only">
        Lọc và sắp xếp
      </h2>
      <Group label="Hạng sao">
        <Choice href={catalogHref(query, { stars: null, page: 1 })} current={query.stars === null}>
          Tất cả
        </Choice>
        {facets.stars.map(({ id, stars }) => (
          <Choice key={id} href={catalogHref(query, { stars, page: 1 })} current={query.stars === stars}>
            {stars} sao
          </Choice>
        ))}
      </Group>
      <Group label="Tỉnh, thành">
        <Choice href={catalogHref(query, { province: null, page: 1 })} current={query.province === null}>
          Tất cả
        </Choice>
        {facets.provinces.map(({ id, name }) => (
          <Choice
            key={id}
            href={catalogHref(query, { province: name, page: 1 })}
            current={query.province === name}
          >
            {name}
          </Choice>
        ))}
      </Group>
      <Group label="Sắp xếp">
        {(Object.keys(SORTS) as SortKey[]).map((sort) => (
          <Choice key={sort} href={catalogHref(query, { sort, page: 1 })} current={query.sort === sort}>
            {SORTS[sort].label}
          </Choice>
        ))}
      </Group>
    </section>
  )
}
