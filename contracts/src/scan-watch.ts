/**
 * Scan watch (issue 19, item 5): the signs that an OCOP stamp's label has been copied, read from where and
 * how often its QR is scanned. A flagged stamp is shown to the coordination office and its producer, and
 * the public trace page warns the shopper.
 */

export const SCAN_FLAG_REASONS = ["provinces", "scans", "voided"] as const
export type ScanFlagReason = (typeof SCAN_FLAG_REASONS)[number]

/**
 * Scanned in this many provinces. A unit legitimately travels once or twice: made in one province, sold
 * at a shop or showroom in another, perhaps carried home or given away to a third. But IP location is
 * coarse (a mobile carrier's addresses often place a phone in Hà Nội or Hồ Chí Minh wherever it is),
 * so two provinces are normal; three separate ones already ask for a look, and one copied label printed
 * on many fake units spreads far wider.
 */
export const SCAN_WATCH_PROVINCES = 3

/**
 * More counted scans than this on one stamp. A stamp names one unit of its batch, so however large the
 * batch, one stamp is read only by the few people who handle that unit: the shop, the buyer, a household
 * or a gift's receiver, a few times each. A scan is counted once per client and day, so 20 is already
 * many weeks of daily reads by one person, or 20 different people: the copies of a label are scanned
 * as often as the batch's genuine units put together.
 */
export const SCAN_WATCH_SCANS = 20

/** What the rule looks at after a counted scan: the stamp's provinces so far, its counted scans, its status. */
export type ScanWatchState = {
  /** Distinct provinces the stamp was scanned in (an unknown place is not a province). */
  provinces: number
  /** Counted scans, this one included. */
  scans: number
  /** The stamp was already voided when this scan was made. */
  voided: boolean
}

/** Why a stamp is suspected of being a copied label, as of a counted scan; none for an ordinary one. */
export function scanWatchReasons(state: ScanWatchState): ScanFlagReason[] {
  const reasons: ScanFlagReason[] = []
  if (state.provinces >= SCAN_WATCH_PROVINCES) reasons.push("provinces")
  if (state.scans > SCAN_WATCH_SCANS) reasons.push("scans")
  if (state.voided) reasons.push("voided")
  return reasons
}

/** What each reason tells the office and the producer. */
export const SCAN_FLAG_LABELS: Record<ScanFlagReason, string> = {
  provinces: `Quét ở từ ${SCAN_WATCH_PROVINCES} tỉnh, thành phố trở lên`,
  scans: `Quét hơn ${SCAN_WATCH_SCANS} lượt`,
  voided: "Quét sau khi tem đã bị hủy",
}

/** The warning the public trace page shows a shopper for a flagged stamp, most serious reason first; null for none. */
export function scanWarning(reasons: readonly ScanFlagReason[]): string | null {
  if (!reasons.length) return null
  const why = [
    reasons.includes("voided") ? "đã bị hủy nhưng vẫn đang được quét" : null,
    reasons.includes("provinces") ? "đã được quét ở nhiều tỉnh, thành phố khác nhau" : null,
    reasons.includes("scans") ? "đã được quét nhiều lần hơn hẳn một sản phẩm thật" : null,
  ].filter((part) => part !== null)
  return `Cảnh báo: mã tem này ${why.join(", ")}. Tem có thể bị sao chép: hãy kiểm tra kỹ sản phẩm và mua tại nơi bán tin cậy.`
}
