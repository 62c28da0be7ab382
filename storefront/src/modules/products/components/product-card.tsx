import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatVnd } from "@/lib/format"
import StarBadge from "@/modules/ocop/components/star-badge"
import { readOcop } from "@/modules/ocop/metadata"
import { lowestPrice } from "@/modules/products/price"
import { stockState } from "@/modules/products/stock"

export default function ProductCard({
  product,
  priority = false,
}: {
  product: HttpTypes.StoreProduct
  /** The first cards are above the fold on phones: load their images straight away. */
  priority?: boolean
}) {
  const ocop = readOcop(product.metadata)
  const price = lowestPrice(product.variants)
  const soldOut = (product.variants ?? []).every((v) => stockState(v) === "out_of_stock")

  return (
    <article className="relative flex w-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      {product.thumbnail ? (
        <img
          src={product.thumbnail}
          alt={product.title}
          width={800}
          height={800}
          loading={priority ? "eager" : "lazy"}
          fetchPriority={priority ? "high" : "auto"}
          decoding="async"
          className="aspect-square w-full bg-stone-100 object-cover"
        />
      ) : (
        <div className="aspect-square w-full bg-stone-100" />
      )}
      <div className="flex flex-1 flex-col gap-1.5 p-3">
        {ocop.stars && (
          <p>
            <StarBadge stars={ocop.stars} />
          </p>
        )}
        <h3 className="font-semibold leading-snug">
          {/* The stretched link makes the whole card clickable while keeping one link per product. */}
          <Link
            href={`/products/${product.handle}`}
            className="after:absolute after:inset-0 hover:text-emerald-800"
          >
            {product.title}
          </Link>
        </h3>
        {(ocop.producerName || ocop.province) && (
          <p className="text-sm text-stone-600">
            {[ocop.producerName, ocop.province].filter(Boolean).join(" · ")}
          </p>
        )}
        <p className="mt-auto pt-1 font-semibold text-emerald-800">
          {price ? `${price.varies ? "Từ " : ""}${formatVnd(price.amount)}` : "Liên hệ"}
          {soldOut && <span className="ml-2 text-sm font-normal text-red-700">Hết hàng</span>}
        </p>
      </div>
    </article>
  )
}
