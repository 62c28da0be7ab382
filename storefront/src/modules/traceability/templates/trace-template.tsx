import Link from "next/link"
import { type BatchTrace, formatDate, type StampTrace, vietnamDay } from "@ocop/contracts"
import Thumbnail from "@/modules/common/components/thumbnail"
import StandardLinks from "@/modules/ocop/components/standard-links"
import StarBadge from "@/modules/ocop/components/star-badge"
import { isStars } from "@/modules/ocop/stars"
import CertificateWarning from "@/modules/traceability/components/certificate-warning"
import StampVerdict from "@/modules/traceability/components/stamp-verdict"

const link = "font-semibold text-emerald-800 underline hover:text-emerald-900"

/**
 * What a stamp's QR opens on a phone: one column, the stamp's verdict first, then product, batch,
 * producer and certificate. A batch's trace (from a shopper's order) is the same page without a stamp.
 */
export default function TraceTemplate({ trace }: { trace: StampTrace | BatchTrace }) {
  const { batch, product, producer, certificate } = trace
  const stamped = "stamp" in trace ? trace : null
  // Days in Vietnam, whether the API answers a day or the instant it starts.
  const expired = batch.expires_on !== null && vietnamDay(new Date(batch.expires_on)) < vietnamDay(new Date())

  return (
    <article className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-2xl font-bold">Truy xuất nguồn gốc</h1>

      {certificate && <CertificateWarning status={certificate.status} />}

      {stamped ? (
        <>
          <StampVerdict stamp={stamped.stamp} producerName={producer.name} />
          {stamped.warning && (
            <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-800">
              {stamped.warning}
            </p>
          )}
        </>
      ) : (
        <p className="text-stone-700">
          Lô hàng <span className="font-mono font-semibold">{batch.lot_number}</span> mà bạn nhận được trong đơn hàng.
        </p>
      )}

      <section aria-labelledby="trace-product-heading" className="flex flex-col gap-4 rounded-lg border border-stone-200 p-4">
        <div className="flex items-center gap-4">
          <Thumbnail src={product.thumbnail} size={160} className="size-20 shrink-0 rounded bg-stone-100" />
          <h2 id="trace-product-heading" className="text-lg leading-snug font-bold">
            <Link href={`/products/${product.handle}`} className="hover:text-emerald-800 hover:underline">
              {product.title}
            </Link>
          </h2>
        </div>
        <Rows
          rows={[
            ["Quy cách", product.variant_title],
            ["SKU", product.sku && <span className="font-mono">{product.sku}</span>],
            // biome-ignore lint/correctness/useJsxKeyInIterable: a [label, value] pair, not a list item; rows are keyed by label
            ["Số lô", <span className="font-mono">{batch.lot_number}</span>],
            ["Ngày sản xuất", formatDate(batch.produced_on)],
            [
              "Hạn sử dụng",
              batch.expires_on && (
                <>
                  {formatDate(batch.expires_on)}
                  {expired && <span className="font-bold text-red-800"> (đã hết hạn)</span>}
                </>
              ),
            ],
          ]}
        />
      </section>

      <section aria-labelledby="trace-producer-heading" className="flex flex-col gap-3 rounded-lg bg-stone-50 p-4">
        <h2 id="trace-producer-heading" className="text-lg font-bold">
          Nhà sản xuất
        </h2>
        <Rows
          rows={[
            [
              "Tên",
              // biome-ignore lint/correctness/useJsxKeyInIterable: a [label, value] pair, not a list item; rows are keyed by label
              <Link href={`/producers/${producer.handle}`} className={link}>
                {producer.name}
              </Link>,
            ],
            ["Tỉnh/thành phố", producer.province],
            ["Địa chỉ", producer.address],
          ]}
        />
      </section>

      <section
        aria-labelledby="trace-certificate-heading"
        className="flex flex-col gap-3 rounded-lg border border-amber-200 bg-amber-50/60 p-4"
      >
        <h2 id="trace-certificate-heading" className="text-lg font-bold">
          Chứng nhận OCOP
        </h2>
        <Certificate certificate={certificate} />
        <StandardLinks standards={trace.standards} />
      </section>

      {stamped && (
        <p className="text-sm text-stone-700">
          Tem này đã được tra cứu <span className="font-semibold">{stamped.scans}</span> lần. Mỗi tem chỉ dán trên một sản phẩm:
          nếu con số này cao bất thường, tem có thể đã bị sao chép. Nơi quét chỉ được ghi ở mức tỉnh, thành phố (
          {/* DB-IP Lite's licence (CC BY 4.0) asks pages that use its results to link back. */}
          <a href="https://db-ip.com" className="underline">
            IP Geolocation by DB-IP
          </a>
          ).
        </p>
      )}
    </article>
  )
}

/** Label and value pairs; a row without a value is left out. */
function Rows({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
      {rows
        .filter(([, value]) => Boolean(value))
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-semibold break-words">{value}</dd>
          </div>
        ))}
    </dl>
  )
}

function Certificate({ certificate }: { certificate: BatchTrace["certificate"] }) {
  if (!certificate) return <p>Không có thông tin giấy chứng nhận OCOP cho quy cách này.</p>
  return (
    <div className="flex flex-col items-start gap-2">
      {isStars(certificate.stars) ? <StarBadge stars={certificate.stars} size="md" /> : `${certificate.stars} sao`}
      {certificate.valid ? (
        <p className="font-semibold text-emerald-800">
          Giấy chứng nhận còn hiệu lực
          {certificate.expires_at && <> đến {formatDate(certificate.expires_at)}</>}
        </p>
      ) : (
        <p className="font-semibold text-red-800">Giấy chứng nhận không còn hiệu lực.</p>
      )}
    </div>
  )
}
