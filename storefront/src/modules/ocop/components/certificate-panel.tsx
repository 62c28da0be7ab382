import { formatDate, type ProductCertificate, type StandardLink } from "@ocop/contracts"
import Thumbnail from "@/modules/common/components/thumbnail"
import { certifiedStars, decisionLine, productSetLabel } from "@/modules/ocop/certificates"
import StandardLinks from "./standard-links"
import StarBadge from "./star-badge"

/**
 * What the valid certificates state, and exactly which packagings they cover: a shopper can check the
 * decision with the issuer and compare the label in hand with the one registered; and the TCCS and
 * production process the product is made to, in force today.
 */
export default function CertificatePanel({
  certificates,
  standards = [],
}: {
  certificates: ProductCertificate[]
  standards?: StandardLink[]
}) {
  if (certificates.length === 0) return null
  return (
    <section
      aria-labelledby="ocop-certificate-heading"
      className="flex flex-col gap-4 rounded-lg border border-amber-200 bg-amber-50/60 p-4"
    >
      <h2 id="ocop-certificate-heading" className="text-xl font-bold">
        Giấy chứng nhận OCOP
      </h2>
      <div className="divide-y divide-amber-200">
        {certificates.map((certificate) => (
          <CertificateDetails key={certificate.id} certificate={certificate} />
        ))}
      </div>
      <StandardLinks standards={standards} />
    </section>
  )
}

function CertificateDetails({ certificate }: { certificate: ProductCertificate }) {
  const stars = certifiedStars([certificate])
  const skusHeading = `ocop-certificate-${certificate.id}-skus`
  const rows: [string, React.ReactNode][] = [
    ["Quyết định công nhận", decisionLine(certificate)],
    ["Cơ quan cấp", certificate.issuer],
    // biome-ignore lint/correctness/useJsxKeyInIterable: a [label, value] pair, not a list item; rows are keyed by label
    ["Hạng", stars ? <StarBadge stars={stars} /> : `${certificate.stars} sao`],
    ["Bộ sản phẩm", productSetLabel(certificate.product_set, certificate.product_set_name)],
    ["Năm đánh giá, phân hạng", String(certificate.program_year)],
    ["Chủ thể", certificate.owner_name],
  ]
  return (
    <div className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm font-semibold text-emerald-800">
        Hiệu lực đến <time dateTime={certificate.valid_until}>{formatDate(certificate.valid_until)}</time>
      </p>
      {certificate.skus.length > 0 && (
        <div>
          <h3 id={skusHeading} className="mb-2 text-sm font-semibold">
            Quy cách được chứng nhận
          </h3>
          <ul aria-labelledby={skusHeading} className="flex flex-col gap-2">
            {certificate.skus.map((sku) => (
              <li key={sku.variant_id} className="flex items-center gap-3 text-sm">
                {sku.label_image_url && (
                  // The registered label, full size, to compare with the packaging received.
                  <a href={sku.label_image_url} className="shrink-0">
                    <Thumbnail
                      src={sku.label_image_url}
                      size={96}
                      alt={`Nhãn đã đăng ký: ${sku.packaging}`}
                      className="size-12 rounded border border-stone-200 bg-white"
                    />
                  </a>
                )}
                <span>{sku.packaging}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
