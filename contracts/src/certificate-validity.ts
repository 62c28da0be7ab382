/**
 * The validity rule, in one place (Decisions 148/2023 and 26/2026):
 * a certificate is valid for 36 months from issue; a renewal filed 180 to 120 days before expiry
 * keeps it valid until the new decision, at most 180 days past expiry. Revoked, suspended or
 * expired status ends validity whatever the dates say.
 */
export const VALIDITY_MONTHS = 36
export const RENEWAL_WINDOW_DAYS = { earliest: 180, latest: 120 }
export const RENEWAL_GRACE_DAYS = 180

export const DAY_MS = 24 * 60 * 60 * 1000

export const CERTIFICATE_STATUSES = ["valid", "expired", "revoked", "suspended"] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: "Còn hiệu lực",
  expired: "Hết hạn",
  revoked: "Đã thu hồi",
  suspended: "Tạm đình chỉ",
}

export type CertificateDates = {
  status: CertificateStatus
  expires_at: Date | string
  renewal_filed_at?: Date | string | null
}

/** issued_at + 36 months, the default end date of a certificate. */
export function defaultExpiry(issuedAt: Date): Date {
  const expiry = new Date(issuedAt)
  expiry.setUTCMonth(expiry.getUTCMonth() + VALIDITY_MONTHS)
  return expiry
}

/** A renewal counts only when filed between 180 and 120 days before expiry. */
export function isRenewalFiledInTime(expiresAt: Date | string, filedAt: Date | string | null | undefined): boolean {
  if (!filedAt) return false
  const daysBefore = (new Date(expiresAt).getTime() - new Date(filedAt).getTime()) / DAY_MS
  return daysBefore <= RENEWAL_WINDOW_DAYS.earliest && daysBefore >= RENEWAL_WINDOW_DAYS.latest
}

/** The last moment the certificate is valid by its dates: expiry, or the end of the renewal grace. */
export function validUntil(certificate: Omit<CertificateDates, "status">): Date {
  const expiresAt = new Date(certificate.expires_at)
  return isRenewalFiledInTime(expiresAt, certificate.renewal_filed_at)
    ? new Date(expiresAt.getTime() + RENEWAL_GRACE_DAYS * DAY_MS)
    : expiresAt
}

export function isCertificateValid(certificate: CertificateDates, now: Date = new Date()): boolean {
  return certificate.status === "valid" && now.getTime() < validUntil(certificate).getTime()
}

/**
 * The status as a person should read it: a certificate still marked valid whose validity has run out
 * (`valid_until`, the grace of a renewal included) is already expired, though the hourly expiry job
 * has not reached it yet.
 */
export function displayedCertificateStatus(
  certificate: { status: CertificateStatus; valid_until: Date | string },
  now: Date = new Date()
): CertificateStatus {
  return certificate.status === "valid" && now.getTime() >= new Date(certificate.valid_until).getTime()
    ? "expired"
    : certificate.status
}
