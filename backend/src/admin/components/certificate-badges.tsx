import { StatusBadge } from "@medusajs/ui"
import { CERTIFICATE_STATUS_LABELS, type CertificateStatus, displayedCertificateStatus } from "@ocop/contracts"
import { formatDate, formatStars } from "../lib/format"

const STATUS_COLORS = { valid: "green", expired: "grey", revoked: "red", suspended: "orange" } as const

/**
 * The date validity ends, or null when the date no longer means anything: a revoked certificate, or
 * an expired one whose dates still run (it was replaced by a re-recognition decision).
 */
export function validUntilDate(
  certificate: { status: CertificateStatus; valid_until: string },
  now: Date = new Date()
): string | null {
  if (certificate.status === "revoked") return null
  if (certificate.status === "expired" && new Date(certificate.valid_until) > now) return null
  return formatDate(certificate.valid_until)
}

export const CertificateStatusBadge = ({ certificate }: { certificate: { status: CertificateStatus; valid_until: string } }) => {
  const status = displayedCertificateStatus(certificate)
  return <StatusBadge color={STATUS_COLORS[status]}>{CERTIFICATE_STATUS_LABELS[status]}</StatusBadge>
}

export const Stars = ({ stars }: { stars: number }) => (
  <span className="text-ui-tag-orange-icon tracking-wider" role="img" aria-label={`${stars} sao`} title={`${stars} sao`}>
    {formatStars(stars)}
  </span>
)
