import { formatDate, STANDARD_KIND_LABELS, type StandardLink } from "@ocop/contracts"

/**
 * The published TCCS and production process in force, each a link to its document: what the product is
 * made to, as the producer published it (the notice asks every OCOP product to publish both).
 */
export default function StandardLinks({ standards }: { standards: StandardLink[] }) {
  if (standards.length === 0) return null
  return (
    <ul aria-label="Tiêu chuẩn và quy trình đã công bố" className="flex flex-col gap-1.5 text-sm">
      {standards.map((standard) => (
        <li key={standard.kind}>
          <a href={standard.url} className="font-semibold text-emerald-800 underline hover:text-emerald-900">
            {STANDARD_KIND_LABELS[standard.kind]}
          </a>{" "}
          <span className="text-stone-700">
            {standard.version}, hiệu lực từ <time dateTime={standard.effective_on}>{formatDate(standard.effective_on)}</time>
          </span>
        </li>
      ))}
    </ul>
  )
}
