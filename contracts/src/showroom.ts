/** What moves stock on a showroom's shelf. */
export const MOVEMENT_KINDS = ["receipt", "return_to_producer", "adjustment", "sale", "customer_return"] as const
export type MovementKind = (typeof MOVEMENT_KINDS)[number]

/** Why a counter adjusts its stock by hand. */
export const ADJUSTMENT_REASONS = ["damaged", "expired", "lost", "count_correction"] as const
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number]

/** How a counter sale is paid. */
export const PAYMENT_METHODS = ["cash", "bank_transfer"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** Hư hỏng, hết hạn and thất lạc only take stock off the shelf; kiểm kê lại goes either way. */
export const reasonTakesOnlyOut = (reason: AdjustmentReason): boolean => reason !== "count_correction"
