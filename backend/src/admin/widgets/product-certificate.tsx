import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CertificateStatusBadge, Stars, validUntilDate } from "../components/certificate-badges"
import { canRevoke, ReasonActionButton } from "../components/status-actions"
import type { CertificateStatus } from "@ocop/contracts"
import { errorMessage, useProductCertificates } from "../lib/certificates"
import { formatDate } from "../lib/format"

function validity(certificate: { status: CertificateStatus; valid_until: string; revoked_at: string | null }) {
  if (certificate.status === "revoked") return `Thu hồi ngày ${formatDate(certificate.revoked_at)}`
  const until = validUntilDate(certificate)
  return until ? `Hiệu lực đến ${until}` : "Hết hiệu lực"
}

/** The product's OCOP certificates, newest first: status, stars, validity, covered SKUs, and revocation. */
const ProductCertificateWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { data, isLoading, isError, error } = useProductCertificates(product.id)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Chứng nhận OCOP</Heading>
        <Link to="/ocop-certificates" className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          Tất cả giấy chứng nhận
        </Link>
      </div>
      {isLoading ? (
        <div className="px-6 py-4">
          <Skeleton className="h-16 w-full" />
        </div>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Không tải được giấy chứng nhận: {errorMessage(error)}
        </Text>
      ) : !data?.certificates.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Sản phẩm chưa có giấy chứng nhận OCOP nên không được bán trên cửa hàng trực tuyến.
        </Text>
      ) : (
        data.certificates.map((certificate) => (
          <section
            key={certificate.id}
            aria-label={`Giấy chứng nhận ${certificate.decision_number}`}
            className="flex flex-col gap-y-2 px-6 py-4"
          >
            <div className="flex items-center justify-between gap-x-2">
              <Link
                to={`/ocop-certificates/${certificate.id}`}
                className="txt-compact-small-plus text-ui-fg-base hover:text-ui-fg-interactive truncate"
              >
                {certificate.decision_number}
              </Link>
              <CertificateStatusBadge certificate={certificate} />
            </div>
            <Text size="small" className="text-ui-fg-subtle flex flex-wrap items-center gap-x-2">
              <Stars stars={certificate.stars} />
              <span>{validity(certificate)}</span>
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              Quy cách:{" "}
              {certificate.skus
                .map((sku) => sku.packaging + (data.variantOfSku[sku.id]?.sku ? ` (${data.variantOfSku[sku.id].sku})` : ""))
                .join("; ") || "—"}
            </Text>
            <div className="flex items-center gap-x-2 pt-1">
              <Button size="small" variant="secondary" asChild>
                <Link to={`/ocop-certificates/${certificate.id}`}>Xem chi tiết</Link>
              </Button>
              {canRevoke(certificate.status) && <ReasonActionButton action="revoke" certificate={certificate} />}
            </div>
          </section>
        ))
      )}
    </Container>
  )
}

// Since Medusa 2.21 a zone names a layout section (".before"/".after" are ignored); the office can move
// the card within the side column through the page's layout settings.
export const config = defineWidgetConfig({
  id: "ocop:product-certificates",
  zone: "product.details.side",
})

export default ProductCertificateWidget
