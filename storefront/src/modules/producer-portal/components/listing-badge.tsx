import { listingBadge } from "@/modules/producer-portal/listing"
import type { PortalProduct, ProducerStatus } from "@ocop/contracts"

export default function ListingBadge({
  product,
  producerStatus,
}: {
  product: Pick<PortalProduct, "listed" | "variants">
  producerStatus: ProducerStatus
}) {
  const badge = listingBadge(product, producerStatus)
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${
        badge.listed ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-950"
      }`}
    >
      {badge.text}
    </span>
  )
}
