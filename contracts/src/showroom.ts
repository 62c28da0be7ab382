/** What moves stock on a showroom's shelf. */
export const MOVEMENT_KINDS = ["receipt", "return_to_producer", "adjustment", "sale", "customer_return"] as const
export type MovementKind = (typeof MOVEMENT_KINDS)[number]

export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  receipt: "Nhận ký gửi",
  return_to_producer: "Trả nhà sản xuất",
  adjustment: "Điều chỉnh",
  sale: "Bán",
  customer_return: "Khách trả",
}

/** Why a counter adjusts its stock by hand. */
export const ADJUSTMENT_REASONS = ["damaged", "expired", "lost", "count_correction"] as const
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number]

export const ADJUSTMENT_REASON_LABELS: Record<AdjustmentReason, string> = {
  damaged: "Hư hỏng",
  expired: "Hết hạn",
  lost: "Thất lạc",
  count_correction: "Kiểm kê lại",
}

/** How a counter sale is paid. */
export const PAYMENT_METHODS = ["cash", "bank_transfer"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  cash: "Tiền mặt",
  bank_transfer: "Chuyển khoản",
}

/** Hư hỏng, hết hạn and thất lạc only take stock off the shelf; kiểm kê lại goes either way. */
export const reasonTakesOnlyOut = (reason: AdjustmentReason): boolean => reason !== "count_correction"

/** Where a showroom stands (Decision 950/QĐ-BCT's kinds of display-and-sales point). */
export const SITE_TYPES = [
  "station",
  "highway_stop",
  "market_mall",
  "tourist_site",
  "craft_village",
  "post_office",
  "other",
] as const

export type SiteType = (typeof SITE_TYPES)[number]

export const SITE_TYPE_LABELS: Record<SiteType, string> = {
  station: "Nhà ga",
  highway_stop: "Trạm dừng nghỉ",
  market_mall: "Chợ / Trung tâm thương mại",
  tourist_site: "Điểm du lịch",
  craft_village: "Làng nghề",
  post_office: "Bưu cục",
  other: "Khác",
}

/** The label of a site type; a kind a client does not know yet reads "Khác" rather than a code. */
export function siteTypeLabel(siteType: string): string {
  return (SITE_TYPE_LABELS as Record<string, string>)[siteType] ?? SITE_TYPE_LABELS.other
}
