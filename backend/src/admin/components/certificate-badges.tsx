import { StatusBadge } from "@medusajs/ui"
import type { CertificateStatus } from "@ocop/contracts"
import { formatDate, formatStars } from "../lib/format"

export const STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: "Còn hiệu lực",
  expired: "Hết hạn",
  revoked: "Đã thu hồi",
  suspended: "Tạm đình chỉ",
}

const STATUS_COLORS = { valid: "green", expired: "grey", revoked: "red", suspended: "orange" } as const

/**
 * The status as the office should read it: a certificate still marked valid whose dates have run out
 * (the hourly expiry job has not reached it yet) is already expired.
 */
export function displayedStatus(certificate: { status: CertificateStatus; valid_now: boolean }): CertificateStatus {
  return certificate.status === "valid" && !certificate.valid_now ? "expired" : certificate.status
}

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

export const CertificateStatusBadge = ({ certificate }: { certificate: { status: CertificateStatus; valid_now: boolean } }) => {
  const status = displayedStatus(certificate)
  return <StatusBadge color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</StatusBadge>
}

export const Stars = ({ stars }: { stars: number }) => (
  <span className="text-ui-tag-orange-icon tracking-wider" role="img" aria-label={`${stars} sao`} title={`${stars} sao`}>
    {formatStars(stars)}
  </span>
)
