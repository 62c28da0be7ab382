import { OWNER_TYPE_LABEL, type OcopInfo } from "@/modules/ocop/metadata"

/** Who made it and where: the reason people buy OCOP products. */
export default function ProducerPanel({ ocop, category }: { ocop: OcopInfo; category?: string | null }) {
  const place = [ocop.commune, ocop.province].filter(Boolean).join(", ")
  const rows: [string, string | null][] = [
    ["Nhà sản xuất", ocop.producerName],
    ["Loại hình", ocop.ownerType && OWNER_TYPE_LABEL[ocop.ownerType]],
    ["Địa chỉ", place || null],
    ["Nhóm sản phẩm", category ?? null],
    ["Năm công nhận OCOP", ocop.yearRecognised ? String(ocop.yearRecognised) : null],
  ]
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-lg bg-stone-50 p-4 text-sm">
      {rows
        .filter((row): row is [string, string] => Boolean(row[1]))
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-semibold">{value}</dd>
          </div>
        ))}
    </dl>
  )
}
