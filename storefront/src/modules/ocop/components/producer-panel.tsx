import Link from "next/link"
import { productSetLabel } from "@/modules/ocop/certificates"
import { OWNER_TYPE_LABELS, type ProducerProfile, type ProductCertificate } from "@ocop/contracts"
import { producerPlace } from "@/modules/producer-profile/place"

/**
 * Who made it and where: the reason people buy OCOP products. With the product set and the year of
 * the certificate the product is presented by (its best valid one).
 */
export default function ProducerPanel({
  producer,
  certificate,
  category,
}: {
  producer: ProducerProfile | null
  certificate: Pick<ProductCertificate, "product_set" | "product_set_name" | "program_year"> | null
  category?: string | null
}) {
  const rows: [string, React.ReactNode][] = [
    [
      "Nhà sản xuất",
      producer && (
        <Link href={`/producers/${producer.handle}`} className="text-emerald-800 underline hover:text-emerald-900">
          {producer.name}
        </Link>
      ),
    ],
    ["Loại hình", producer && OWNER_TYPE_LABELS[producer.owner_type]],
    ["Địa chỉ", producer && (producerPlace(producer) || null)],
    ["Nhóm sản phẩm", category ?? null],
    ["Bộ sản phẩm OCOP", certificate && productSetLabel(certificate.product_set, certificate.product_set_name)],
    ["Năm đánh giá, phân hạng", certificate && String(certificate.program_year)],
  ]
  const shown = rows.filter(([, value]) => Boolean(value))
  if (shown.length === 0) return null
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-lg bg-stone-50 p-4 text-sm">
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-stone-600">{label}</dt>
          <dd className="font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
