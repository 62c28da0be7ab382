import Link from "next/link"
import { type CertificateSummary, formatDate } from "@ocop/contracts"
import { decisionLine, productSetLabel } from "@/modules/ocop/certificates"
import StarBadge from "@/modules/ocop/components/star-badge"
import { isStars } from "@/modules/ocop/stars"

/**
 * The producer's valid OCOP certificates: what each recognises, with which decision, until when. A
 * product still on sale links to its page (`productHandles`: product id → handle).
 */
export default function ProducerCertificates({
  certificates,
  productHandles,
}: {
  certificates: CertificateSummary[]
  productHandles: Map<string, string>
}) {
  if (certificates.length === 0) return null
  return (
    <section aria-labelledby="producer-certificates-heading" className="flex flex-col gap-4">
      <h2 id="producer-certificates-heading" className="text-2xl font-bold">
        Giấy chứng nhận OCOP còn hiệu lực
      </h2>
      <ul className="grid gap-3 md:grid-cols-2">
        {certificates.map((certificate) => {
          const handle = certificate.product_id ? productHandles.get(certificate.product_id) : undefined
          return (
            <li
              key={certificate.id}
              className="flex flex-col gap-2 rounded-lg border border-amber-200 bg-amber-50/60 p-4 text-sm"
            >
              <p>
                {isStars(certificate.stars) ? (
                  <StarBadge stars={certificate.stars} />
                ) : (
                  <span className="font-semibold">{certificate.stars} sao</span>
                )}
              </p>
              <h3 className="text-base font-semibold">
                {handle ? (
                  <Link href={`/products/${handle}`} className="text-emerald-800 underline hover:text-emerald-900">
                    {certificate.product_name}
                  </Link>
                ) : (
                  certificate.product_name
                )}
              </h3>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="text-stone-600">Bộ sản phẩm</dt>
                <dd className="font-semibold">{productSetLabel(certificate.product_set, certificate.product_set_name)}</dd>
                <dt className="text-stone-600">Quyết định</dt>
                <dd className="font-semibold">{decisionLine(certificate)}</dd>
                <dt className="text-stone-600">Cơ quan cấp</dt>
                <dd className="font-semibold">{certificate.issuer}</dd>
              </dl>
              <p className="font-semibold text-emerald-800">
                Hiệu lực đến <time dateTime={certificate.valid_until}>{formatDate(certificate.valid_until)}</time>
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
