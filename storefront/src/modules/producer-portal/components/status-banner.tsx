import { producerStatusBanner } from "@/modules/producer-portal/labels"
import type { Producer } from "@ocop/contracts"

/** Above every portal page while the producer cannot sell: pending approval, or suspended. */
export default function StatusBanner({ producer }: { producer: Pick<Producer, "status" | "suspension_reason"> }) {
  const banner = producerStatusBanner(producer)
  if (!banner) return null
  return (
    <div
      className={
        banner.tone === "danger"
          ? "border-b border-red-300 bg-red-50 text-red-900"
          : "border-b border-amber-300 bg-amber-50 text-amber-950"
      }
    >
      <p className="mx-auto max-w-6xl px-4 py-3 font-semibold">{banner.text}</p>
    </div>
  )
}
