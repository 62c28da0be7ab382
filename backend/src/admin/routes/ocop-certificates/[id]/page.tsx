import { Alert, Text } from "@medusajs/ui"
import { Link, type UIMatch, useParams } from "react-router-dom"
import { CertificateStatusBadge, Stars, validUntilDate } from "../../../components/certificate-badges"
import { DetailHeader, DetailLayout, DetailPageError, DetailPageSkeleton } from "../../../components/detail-page"
import { ProductThumbnail } from "../../../components/product-thumbnail"
import { RenewCertificateDrawer } from "../../../components/renew-certificate-drawer"
import { DataRow, Section } from "../../../components/section"
import {
  canReinstate,
  canRenew,
  canRevoke,
  canSuspend,
  ReasonActionButton,
  ReinstateButton,
} from "../../../components/status-actions"
import { LEGAL_BASIS_LABELS, type LegalBasis, type OfficeCertificate } from "@ocop/contracts"
import { useCertificate, useProductCertificates } from "../../../lib/certificates"
import { formatDate, formatDecision, formatProductSet } from "../../../lib/format"

const legalBasisLabel = (basis: string) => LEGAL_BASIS_LABELS[basis as LegalBasis] ?? basis

/** Why the certificate is not (or only conditionally) valid, in one sentence; null when it simply is. */
function statusNotice(certificate: OfficeCertificate) {
  if (certificate.status === "revoked") {
    return (
      <Alert variant="error">
        Bị thu hồi ngày {formatDate(certificate.revoked_at)}. Lý do: {certificate.revocation_reason ?? "—"}
      </Alert>
    )
  }
  if (certificate.status === "suspended") {
    return (
      <Alert variant="warning">
        Ngừng hiệu lực tạm thời từ ngày {formatDate(certificate.suspended_at)}. Lý do: {certificate.suspension_reason ?? "—"}
      </Alert>
    )
  }
  if (certificate.status === "valid" && !certificate.valid_now) {
    return (
      <Alert variant="warning">Giấy chứng nhận đã quá thời hạn hiệu lực; trạng thái sẽ được cập nhật trong vòng một giờ.</Alert>
    )
  }
  const expiresAt = new Date(certificate.expires_at)
  if (certificate.valid_now && expiresAt < new Date() && new Date(certificate.valid_until) > expiresAt) {
    return (
      <Alert variant="info">
        Đã hết hạn ngày {formatDate(expiresAt)} nhưng chủ thể nộp hồ sơ đánh giá lại đúng hạn: giấy giữ hiệu lực đến khi có quyết
        định, tối đa đến ngày {formatDate(certificate.valid_until)}.
      </Alert>
    )
  }
  return null
}

const Header = ({ certificate }: { certificate: OfficeCertificate }) => (
  <DetailHeader
    title={certificate.product?.title ?? certificate.product_name}
    badge={<CertificateStatusBadge certificate={certificate} />}
    summary={`Quyết định ${formatDecision(certificate)} · ${certificate.issuer}`}
    actions={
      <>
        {canRenew(certificate.status) && <RenewCertificateDrawer certificate={certificate} />}
        {canSuspend(certificate.status) && <ReasonActionButton action="suspend" certificate={certificate} />}
        {canReinstate(certificate.status) && <ReinstateButton certificate={certificate} />}
        {canRevoke(certificate.status) && <ReasonActionButton action="revoke" certificate={certificate} />}
      </>
    }
    notice={statusNotice(certificate)}
  />
)

const DecisionSection = ({
  certificate,
  previous,
}: {
  certificate: OfficeCertificate
  previous?: { id: string; decision_number: string }
}) => (
  <Section title="Quyết định công nhận">
    <dl className="divide-y">
      <DataRow label="Số quyết định">{certificate.decision_number}</DataRow>
      <DataRow label="Ngày quyết định">{formatDate(certificate.decision_date)}</DataRow>
      <DataRow label="Cơ quan ban hành">{certificate.issuer}</DataRow>
      <DataRow label="Hạng sao">
        <span className="flex items-center gap-x-2">
          <Stars stars={certificate.stars} /> {certificate.stars} sao
        </span>
      </DataRow>
      <DataRow label="Bộ sản phẩm">{formatProductSet(certificate.product_set)}</DataRow>
      <DataRow label="Năm chương trình">{certificate.program_year}</DataRow>
      <DataRow label="Căn cứ pháp lý">{legalBasisLabel(certificate.legal_basis)}</DataRow>
      <DataRow label="Ngày cấp">{formatDate(certificate.issued_at)}</DataRow>
      <DataRow label="Ngày hết hạn">{formatDate(certificate.expires_at)}</DataRow>
      <DataRow label="Nộp hồ sơ đánh giá lại">{certificate.renewal_filed_at && formatDate(certificate.renewal_filed_at)}</DataRow>
      <DataRow label="Hiệu lực đến">{validUntilDate(certificate)}</DataRow>
      {certificate.renews_id && (
        <DataRow label="Công nhận lại từ">
          <Link
            to={`/ocop-certificates/${certificate.renews_id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {previous ? `Giấy chứng nhận ${previous.decision_number}` : "Giấy chứng nhận trước"}
          </Link>
        </DataRow>
      )}
    </dl>
  </Section>
)

const SkusSection = ({ certificate }: { certificate: OfficeCertificate }) => (
  <Section title="Quy cách được công nhận">
    {certificate.skus.length ? (
      <ul className="divide-y">
        {certificate.skus.map((sku) => (
          <li key={sku.id} className="flex items-center gap-x-4 px-6 py-3">
            {sku.label_image_url ? (
              <a href={sku.label_image_url} target="_blank" rel="noreferrer" title="Mở ảnh nhãn đã đăng ký">
                <ProductThumbnail src={sku.label_image_url} alt={`Nhãn ${sku.packaging}`} className="size-12" />
              </a>
            ) : (
              <ProductThumbnail className="size-12" />
            )}
            <div className="flex flex-1 flex-col">
              <Text size="small" weight="plus">
                {sku.packaging}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {[sku.product_variant?.title && `Phiên bản ${sku.product_variant.title}`, sku.product_variant?.sku]
                  .filter(Boolean)
                  .join(" · ") || "Phiên bản đã bị xoá"}
              </Text>
            </div>
            <Text size="xsmall" className="text-ui-fg-muted">
              {sku.label_image_url ? "Có ảnh nhãn" : "Chưa có ảnh nhãn"}
            </Text>
          </li>
        ))}
      </ul>
    ) : (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Giấy chứng nhận này không ghi quy cách nào.
      </Text>
    )}
  </Section>
)

const ProductSection = ({ certificate }: { certificate: OfficeCertificate }) => (
  <Section title="Sản phẩm">
    {certificate.product ? (
      <div className="flex items-center gap-x-3 px-6 py-4">
        <ProductThumbnail src={certificate.product.thumbnail} className="size-10" />
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {certificate.product.title}
          </Text>
          <Link
            to={`/products/${certificate.product.id}`}
            className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            Mở trang sản phẩm
          </Link>
        </div>
      </div>
    ) : (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {certificate.product_name} (sản phẩm không còn trong danh mục)
      </Text>
    )}
  </Section>
)

const OwnerSection = ({ certificate }: { certificate: OfficeCertificate }) => (
  <Section title="Chủ thể">
    <dl className="divide-y">
      <DataRow label="Tên">{certificate.owner_name}</DataRow>
      <DataRow label="Địa chỉ trên giấy">{certificate.owner_address}</DataRow>
      <DataRow label="Xã, phường">{certificate.owner_commune}</DataRow>
      <DataRow label="Huyện (địa chỉ cũ)">{certificate.owner_district_as_issued}</DataRow>
      <DataRow label="Tỉnh, thành phố">{certificate.owner_province}</DataRow>
    </dl>
  </Section>
)

/** Every certificate of the product, newest first, with how each renews the previous one. */
const HistorySection = ({
  certificate,
  history,
}: {
  certificate: OfficeCertificate
  history: ReturnType<typeof useProductCertificates>["data"]
}) => {
  if (!history || history.certificates.length < 2) return null
  return (
    <Section title="Lịch sử công nhận">
      <ol className="divide-y">
        {history.certificates.map((entry) => {
          const current = entry.id === certificate.id
          const relation =
            entry.id === certificate.renews_id
              ? "Giấy trước, được giấy này công nhận lại"
              : entry.renews_id === certificate.id
                ? "Giấy công nhận lại giấy này"
                : null
          return (
            <li key={entry.id} className="flex items-center justify-between gap-x-3 px-6 py-3">
              <div className="flex flex-col">
                {current ? (
                  <Text size="small" weight="plus">
                    {entry.decision_number} (đang xem)
                  </Text>
                ) : (
                  <Link
                    to={`/ocop-certificates/${entry.id}`}
                    className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                  >
                    {entry.decision_number}
                  </Link>
                )}
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatDate(entry.decision_date)}
                  {relation && ` · ${relation}`}
                </Text>
              </div>
              <CertificateStatusBadge certificate={entry} />
            </li>
          )
        })}
      </ol>
    </Section>
  )
}

const CertificateDetailPage = () => {
  const { id } = useParams()
  const { data: certificate, isLoading, isError, error } = useCertificate(id!)
  const { data: history } = useProductCertificates(certificate?.product?.id ?? "", !!certificate?.product)

  if (isLoading) return <DetailPageSkeleton />
  if (isError || !certificate) return <DetailPageError noun="giấy chứng nhận" error={error} listPath="/ocop-certificates" />

  const previous = history?.certificates.find((entry) => entry.id === certificate.renews_id)
  return (
    <DetailLayout
      header={<Header certificate={certificate} />}
      main={
        <>
          <DecisionSection certificate={certificate} previous={previous} />
          <SkusSection certificate={certificate} />
        </>
      }
      side={
        <>
          <ProductSection certificate={certificate} />
          <OwnerSection certificate={certificate} />
          <HistorySection certificate={certificate} history={history} />
        </>
      }
    />
  )
}

const CertificateBreadcrumb = ({ id }: { id: string }) => {
  const { data } = useCertificate(id)
  return <>{data?.decision_number ?? "Giấy chứng nhận"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <CertificateBreadcrumb id={match.params.id!} />,
}

export default CertificateDetailPage
