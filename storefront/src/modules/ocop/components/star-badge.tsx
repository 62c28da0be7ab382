import type { Stars } from "@/modules/ocop/stars"

export default function StarBadge({ stars, size = "sm" }: { stars: Stars; size?: "sm" | "md" }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full bg-amber-100 font-semibold text-amber-900 ${
        size === "md" ? "px-3 py-1 text-sm" : "px-2 py-0.5 text-xs"
      }`}
    >
      <span aria-hidden="true">{"★".repeat(stars)}</span>
      OCOP {stars} sao
    </span>
  )
}
