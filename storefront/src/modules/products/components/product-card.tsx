import { getImageProps } from "next/image"
import Link from "next/link"
import { backendUrl, filesUrl } from "@/lib/config"
import { type CatalogCard, formatVnd } from "@ocop/contracts"
import { isStoredPicture } from "@/lib/images"
import Highlighted from "./highlighted"
import StarBadge from "@/modules/ocop/components/star-badge"
import { isStars } from "@/modules/ocop/stars"

export default function ProductCard({
  card,
  sizes,
  priority = false,
  query,
}: {
  card: CatalogCard
  /** How wide the card's picture is on each screen (the `sizes` attribute): the grid knows. */
  sizes: string
  /** The first cards are above the fold on phones: load their images straight away. */
  priority?: boolean
  /** The search the card was found by: its words are marked in the title. */
  query?: string | null
}) {
  const place = [card.commune, card.province].filter(Boolean).join(", ")
  // A plain <img> with the optimizer's srcset: next/image's own component would add client JS to
  // every card for nothing a card needs (no placeholder, no onLoad).
  const picture = card.thumbnail
    ? getImageProps({
        src: card.thumbnail,
        alt: card.title,
        width: 800,
        height: 800,
        sizes,
        unoptimized: !isStoredPicture(card.thumbnail, backendUrl(), filesUrl()),
        loading: priority ? "eager" : "lazy",
        fetchPriority: priority ? "high" : "auto",
        decoding: "async",
        className: "aspect-square w-full bg-stone-100 object-cover",
      }).props
    : null

  return (
    <article className="relative flex w-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      {picture ? <img {...picture} alt={card.title} /> : <div className="aspect-square w-full bg-stone-100" />}
      <div className="flex flex-1 flex-col gap-1.5 p-3">
        {isStars(card.stars) && (
          <p>
            <StarBadge stars={card.stars} />
          </p>
        )}
        <h3 className="font-semibold leading-snug">
          {/* The stretched link makes the whole card clickable while keeping one link per product. */}
          <Link
            href={`/products/${card.handle}`}
            // No prefetch (here and in the shop's other repeated links): pages render per request and
            // have no loading.js, so a prefetch would fetch only the route tree and the page's <head>,
            // two server renders per card in view, while the click still waits for the page.
            prefetch={false}
            className="after:absolute after:inset-0 hover:text-emerald-800"
          >
            <Highlighted text={card.title} query={query} />
          </Link>
        </h3>
        {card.producer_name && (
          <p className="text-sm text-stone-700">
            {card.producer_handle ? (
              // Above the stretched link, so it opens the producer rather than the product.
              <Link
                href={`/producers/${card.producer_handle}`}
                prefetch={false}
                className="relative z-10 underline decoration-stone-300 underline-offset-2 hover:text-emerald-800 hover:decoration-current"
              >
                {card.producer_name}
              </Link>
            ) : (
              card.producer_name
            )}
          </p>
        )}
        {place && <p className="text-sm text-stone-600">{place}</p>}
        <p className="mt-auto pt-1 font-semibold text-emerald-800">
          {/* The lowest price of the certified packagings: others may cost more. */}
          {card.price_min === null ? "Liên hệ" : `Từ ${formatVnd(card.price_min)}`}
          {!card.in_stock && <span className="ml-2 text-sm font-normal text-red-700">Hết hàng</span>}
        </p>
      </div>
    </article>
  )
}
