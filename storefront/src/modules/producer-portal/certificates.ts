// A producer's own certificates as the portal shows them: whether a re-evaluation (đánh giá lại) can
// be filed now. Their status today is `displayedCertificateStatus` in @ocop/contracts, as Admin reads it.
import { type CertificateSummary, displayedCertificateStatus } from "@ocop/contracts"

export type RenewalState =
  /** Revoked, suspended or expired: there is nothing to renew. */
  | { kind: "none" }
  | { kind: "filed"; filedAt: string }
  | { kind: "open"; closesAt: string }
  | { kind: "not-yet"; opensAt: string; closesAt: string }
  | { kind: "missed"; opensAt: string; closesAt: string }

/**
 * Whether a re-evaluation can be filed today: only for a valid certificate, once, and only inside its
 * renewal window (180 to 120 days before expiry, as the API computes it). A renewal filed in the
 * window keeps the certificate valid until the new decision, at most 180 days past expiry.
 */
export function renewalState(
  certificate: Pick<CertificateSummary, "status" | "valid_until" | "renewal_filed_at" | "renewal_window">,
  now: Date = new Date()
): RenewalState {
  if (certificate.renewal_filed_at) return { kind: "filed", filedAt: certificate.renewal_filed_at }
  if (displayedCertificateStatus(certificate, now) !== "valid") return { kind: "none" }
  const { opens_at: opensAt, closes_at: closesAt } = certificate.renewal_window
  const time = now.getTime()
  if (time < new Date(opensAt).getTime()) return { kind: "not-yet", opensAt, closesAt }
  if (time > new Date(closesAt).getTime()) return { kind: "missed", opensAt, closesAt }
  return { kind: "open", closesAt }
}
