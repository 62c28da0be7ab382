import {
  CERTIFICATE_STATUS_LABELS,
  type CertificateStatus,
  type CertificateSummary,
  displayedCertificateStatus,
  formatDate,
} from "@ocop/contracts"
import { td, th, TableScroller } from "@/modules/common/components/table"
import { decisionLine, productSetLabel } from "@/modules/ocop/certificates"
import StarBadge from "@/modules/ocop/components/star-badge"
import { isStars } from "@/modules/ocop/stars"
import { fileRenewalAction } from "@/modules/producer-portal/actions/account"
import { renewalState } from "@/modules/producer-portal/certificates"
import RenewalForm from "@/modules/producer-portal/components/renewal-form"

const STATUS_CLASS: Record<CertificateStatus, string> = {
  valid: "bg-emerald-100 text-emerald-900",
  expired: "bg-stone-200 text-stone-800",
  revoked: "bg-red-100 text-red-900",
  suspended: "bg-amber-100 text-amber-950",
}

/**
 * The producer's certificates, every status, with where each stands for renewal on `now`; only an owner
 * (`owner`) may file a renewal.
 */
export default function CertificatesTemplate({
  certificates,
  owner,
  now,
}: {
  certificates: CertificateSummary[]
  owner: boolean
  now: Date
}) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Giấy chứng nhận OCOP</h1>
        <p className="max-w-3xl text-stone-700">
          Giấy chứng nhận do Văn phòng Điều phối OCOP cập nhật. Giấy có hiệu lực 36 tháng; nộp hồ sơ đánh giá lại từ 180 đến 120
          ngày trước khi hết hạn thì giấy giữ hiệu lực đến khi có quyết định mới (tối đa 180 ngày sau ngày hết hạn).
        </p>
      </div>
      {certificates.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6">
          Chưa có giấy chứng nhận OCOP nào gắn với sản phẩm của bạn. Liên hệ Văn phòng Điều phối OCOP để cập nhật.
        </p>
      ) : (
        <TableScroller label="Bảng giấy chứng nhận OCOP">
          <table className="w-full min-w-5xl border-collapse">
            <caption className="sr-only">Giấy chứng nhận OCOP của nhà sản xuất</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Số quyết định
                </th>
                <th scope="col" className={th}>
                  Sản phẩm
                </th>
                <th scope="col" className={th}>
                  Hạng sao
                </th>
                <th scope="col" className={th}>
                  Bộ sản phẩm
                </th>
                <th scope="col" className={th}>
                  Hiệu lực đến
                </th>
                <th scope="col" className={th}>
                  Trạng thái
                </th>
                <th scope="col" className={th}>
                  Quy cách được công nhận
                </th>
                <th scope="col" className={th}>
                  Đánh giá lại
                </th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((certificate) => {
                const status = displayedCertificateStatus(certificate, now)
                return (
                  <tr key={certificate.id}>
                    <td className={td}>
                      {decisionLine(certificate)}
                      <span className="block text-sm text-stone-600">{certificate.issuer}</span>
                    </td>
                    <td className={`${td} font-semibold`}>{certificate.product_name}</td>
                    <td className={`${td} whitespace-nowrap`}>
                      {isStars(certificate.stars) ? <StarBadge stars={certificate.stars} /> : `${certificate.stars} sao`}
                    </td>
                    <td className={td}>{productSetLabel(certificate.product_set, certificate.product_set_name)}</td>
                    <td className={`${td} whitespace-nowrap`}>
                      {certificate.status === "revoked" ? "—" : formatDate(certificate.valid_until)}
                    </td>
                    <td className={td}>
                      <span
                        className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${STATUS_CLASS[status]}`}
                      >
                        {CERTIFICATE_STATUS_LABELS[status]}
                      </span>
                    </td>
                    <td className={td}>
                      {certificate.skus.length > 0 ? (
                        <ul className="flex flex-col gap-0.5 text-sm">
                          {certificate.skus.map((sku) => (
                            <li key={sku.variant_id}>
                              {sku.packaging}
                              {sku.sku && <span className="font-mono text-stone-600"> ({sku.sku})</span>}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className={`${td} min-w-48 text-sm`}>
                      <Renewal certificate={certificate} owner={owner} now={now} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableScroller>
      )}
    </div>
  )
}

function Renewal({ certificate, owner, now }: { certificate: CertificateSummary; owner: boolean; now: Date }) {
  const renewal = renewalState(certificate, now)
  switch (renewal.kind) {
    case "none":
      return "—"
    case "filed":
      return <span className="font-semibold text-emerald-800">Đã nộp ngày {formatDate(renewal.filedAt)}</span>
    case "open":
      return owner ? (
        <div className="flex flex-col gap-1">
          <RenewalForm action={fileRenewalAction.bind(null, certificate.id)} productName={certificate.product_name} />
          <span className="text-stone-600">Hạn nộp: {formatDate(renewal.closesAt)}</span>
        </div>
      ) : (
        `Chủ sở hữu nộp hồ sơ trước ${formatDate(renewal.closesAt)}`
      )
    case "not-yet":
      return `Nộp hồ sơ từ ${formatDate(renewal.opensAt)} đến ${formatDate(renewal.closesAt)}`
    case "missed":
      return `Đã qua thời hạn nộp (${formatDate(renewal.opensAt)} – ${formatDate(renewal.closesAt)})`
  }
}
