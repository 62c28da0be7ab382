/**
 * Post-certification inspections (QĐ 26/2026 art. 8–9, issue 19): the checklist an inspection team
 * fills in, the legal ground each failed item is, and the one rule that turns a producer's violations
 * into what the coordination office is asked to decide.
 */

/** Periodic (announced, planned) or unannounced (art. 9). */
export const INSPECTION_KINDS = ["periodic", "unannounced"] as const
export type InspectionKind = (typeof INSPECTION_KINDS)[number]
export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = {
  periodic: "Định kỳ",
  unannounced: "Đột xuất",
}

/** The checklist, drawn from the notice and art. 8–9, in the order the team walks through it. */
export const INSPECTION_CHECKS = [
  "stamp_on_every_unit",
  "batch_dates_activated",
  "packaging_matches_design",
  "tccs_followed",
  "process_posted",
  "food_safety_records",
  "ocop_mark_use",
] as const
export type InspectionCheck = (typeof INSPECTION_CHECKS)[number]
export const INSPECTION_CHECK_LABELS: Record<InspectionCheck, string> = {
  stamp_on_every_unit: "Tem OCOP có trên từng đơn vị sản phẩm",
  batch_dates_activated: "Lô và ngày sản xuất đã được kích hoạt trên tem",
  packaging_matches_design: "Bao bì đúng mẫu nhãn đã đăng ký trên giấy chứng nhận",
  tccs_followed: "Tiêu chuẩn cơ sở (TCCS) được công bố và tuân thủ",
  process_posted: "Quy trình sản xuất được niêm yết",
  food_safety_records: "Hồ sơ tự kiểm soát an toàn thực phẩm",
  ocop_mark_use: "Sử dụng đúng nhãn hiệu chứng nhận OCOP",
}

/** Revocation grounds of art. 8 an inspection can establish (a false dossier comes from a complaint or an audit). */
export const VIOLATION_GROUNDS = [
  "traceability_missing",
  "product_differs",
  "standard_not_followed",
  "process_not_followed",
  "food_safety",
  "mark_misuse",
  "false_dossier",
] as const
export type ViolationGround = (typeof VIOLATION_GROUNDS)[number]
export const VIOLATION_GROUND_LABELS: Record<ViolationGround, string> = {
  traceability_missing: "Thiếu tem, hồ sơ truy xuất nguồn gốc",
  product_differs: "Sản phẩm, bao bì khác với mẫu được công nhận",
  standard_not_followed: "Không công bố hoặc không tuân thủ tiêu chuẩn cơ sở",
  process_not_followed: "Không niêm yết hoặc không tuân thủ quy trình sản xuất",
  food_safety: "Vi phạm an toàn thực phẩm",
  mark_misuse: "Sử dụng sai nhãn hiệu chứng nhận OCOP",
  false_dossier: "Hồ sơ đánh giá, phân hạng không trung thực",
}

/** The ground a failed checklist item establishes. */
export const CHECK_GROUNDS: Record<InspectionCheck, ViolationGround> = {
  stamp_on_every_unit: "traceability_missing",
  batch_dates_activated: "traceability_missing",
  packaging_matches_design: "product_differs",
  tccs_followed: "standard_not_followed",
  process_posted: "process_not_followed",
  food_safety_records: "food_safety",
  ocop_mark_use: "mark_misuse",
}

/**
 * How grave each ground is: a minor failure earns a warning; one that touches the product a shopper
 * buys (what is in the pack, its label, its safety) suspends the certificate, so the product leaves
 * the listing until a re-inspection passes; misuse of the mark and a false dossier call for revocation.
 */
export const GROUND_SEVERITY: Record<ViolationGround, "minor" | "product" | "revocation"> = {
  standard_not_followed: "minor",
  process_not_followed: "minor",
  traceability_missing: "product",
  product_differs: "product",
  food_safety: "product",
  mark_misuse: "revocation",
  false_dossier: "revocation",
}

export const VIOLATION_STATUSES = ["open", "resolved"] as const
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number]
export const VIOLATION_STATUS_LABELS: Record<ViolationStatus, string> = {
  open: "Chưa khắc phục",
  resolved: "Đã khắc phục",
}

/** What the office is asked to decide; `reinstatement` lifts a suspension after a passing re-inspection. */
export const PROPOSAL_ACTIONS = ["warning", "suspension", "revocation", "reinstatement"] as const
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number]
export const PROPOSAL_ACTION_LABELS: Record<ProposalAction, string> = {
  warning: "Nhắc nhở, cảnh cáo",
  suspension: "Tạm đình chỉ giấy chứng nhận",
  revocation: "Thu hồi giấy chứng nhận",
  reinstatement: "Khôi phục giấy chứng nhận",
}

export const PROPOSAL_STATUSES = ["proposed", "confirmed", "dismissed"] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  proposed: "Chờ quyết định",
  confirmed: "Đã xác nhận",
  dismissed: "Đã bác",
}

/** Days a producer has to correct a violation that earned a warning or a suspension. */
export const CORRECTION_DAYS = 30

/** A second violation within this many months of an earlier one calls for revocation (art. 8). */
export const REPEAT_WINDOW_MONTHS = 12

export type ProposalInput = {
  /** The grounds this inspection found (one per failed item; repeats allowed). */
  grounds: readonly ViolationGround[]
  inspectedOn: Date
  /** When the producer's earlier violations were found, whatever became of them. */
  earlierViolations: readonly { found_on: Date | string }[]
  /** The certificate the proposal is about, as it stands. */
  certificateStatus: "valid" | "suspended" | "revoked" | "expired"
}

export type Proposal = { action: ProposalAction; grounds: ViolationGround[]; why: string }

/** The same day `months` calendar months earlier (31 March − 1 month is the last day of February). */
function monthsBefore(day: Date, months: number): Date {
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day.getUTCDate(), lastDay))
  return target
}

/**
 * What an inspection's findings propose for one certificate, or null when there is nothing to decide.
 * A revoked or expired certificate gets nothing: it no longer lists anything.
 */
export function proposeAction({ grounds, inspectedOn, earlierViolations, certificateStatus }: ProposalInput): Proposal | null {
  if (certificateStatus === "revoked" || certificateStatus === "expired") return null
  if (!grounds.length) {
    return certificateStatus === "suspended"
      ? { action: "reinstatement", grounds: [], why: "Lần kiểm tra lại đạt toàn bộ tiêu chí: đề xuất khôi phục giấy chứng nhận." }
      : null
  }
  const distinct = [...new Set(grounds)]
  const grave = distinct.filter((ground) => GROUND_SEVERITY[ground] === "revocation")
  if (grave.length)
    return { action: "revocation", grounds: distinct, why: "Vi phạm thuộc căn cứ thu hồi giấy chứng nhận (QĐ 26/2026 điều 8)." }
  const windowStart = monthsBefore(inspectedOn, REPEAT_WINDOW_MONTHS).getTime()
  const repeated = earlierViolations.some((v) => {
    const found = new Date(v.found_on).getTime()
    return found >= windowStart && found <= inspectedOn.getTime()
  })
  if (repeated)
    return {
      action: "revocation",
      grounds: distinct,
      why: `Vi phạm lần thứ hai trong vòng ${REPEAT_WINDOW_MONTHS} tháng: đề xuất thu hồi giấy chứng nhận.`,
    }
  if (distinct.some((ground) => GROUND_SEVERITY[ground] === "product"))
    return {
      action: certificateStatus === "suspended" ? "revocation" : "suspension",
      grounds: distinct,
      why:
        certificateStatus === "suspended"
          ? "Sản phẩm vẫn không đạt khi đang bị tạm đình chỉ: đề xuất thu hồi giấy chứng nhận."
          : "Vi phạm liên quan trực tiếp đến sản phẩm: tạm đình chỉ và gỡ sản phẩm khỏi sàn cho đến khi kiểm tra lại đạt.",
    }
  return { action: "warning", grounds: distinct, why: "Vi phạm nhẹ lần đầu: nhắc nhở và yêu cầu khắc phục." }
}
