import { isCertificateValid, type CertificateDates } from "@ocop/contracts"

/** What the coordination office can do to a recorded certificate, besides renewing it. */
export type CertificateAction = "revoke" | "suspend" | "reinstate"

type Current = CertificateDates & { decision_number: string }

const LABEL: Record<CertificateDates["status"], string> = {
  valid: "còn hiệu lực",
  expired: "đã hết hạn",
  revoked: "đã bị thu hồi",
  suspended: "đang bị tạm đình chỉ",
}

/**
 * The status a certificate takes after an action, or the reason the action is refused.
 * Revocation is final; suspension pauses a valid certificate (e.g. pending an inspection);
 * reinstating restores it, unless its validity ran out meanwhile.
 */
export function statusAfter(
  action: CertificateAction,
  current: Current,
  now: Date
): { status: CertificateDates["status"] } | { refused: string } {
  const refused = (what: string) => ({
    refused: `Không thể ${what} giấy chứng nhận ${current.decision_number}: giấy này ${LABEL[current.status]}.`,
  })
  switch (action) {
    case "revoke":
      return current.status === "revoked" ? refused("thu hồi") : { status: "revoked" }
    case "suspend":
      return current.status === "valid" ? { status: "suspended" } : refused("tạm đình chỉ")
    case "reinstate":
      if (current.status !== "suspended") return refused("khôi phục")
      return { status: isCertificateValid({ ...current, status: "valid" }, now) ? "valid" : "expired" }
  }
}
