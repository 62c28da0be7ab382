// How the counter app reads movement and payment codes from an address or a form (their names are in
// @ocop/contracts: MOVEMENT_KIND_LABELS…), and says quantities and how long stock lasts.
import { isOneOf } from "@/modules/common/codes"
import { ADJUSTMENT_REASONS, MOVEMENT_KINDS, PAYMENT_METHODS, type ShelfLine } from "@ocop/contracts"
import type { AdjustmentReason, MovementKind, PaymentMethod } from "./types"

export function isMovementKind(value: unknown): value is MovementKind {
  return isOneOf(MOVEMENT_KINDS, value)
}

export function isReason(value: unknown): value is AdjustmentReason {
  return isOneOf(ADJUSTMENT_REASONS, value)
}

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return isOneOf(PAYMENT_METHODS, value)
}

/** "+5", "−3" (a real minus sign), "0". */
export function signedQuantity(quantity: number): string {
  if (quantity > 0) return `+${quantity}`
  if (quantity < 0) return `−${Math.abs(quantity)}`
  return "0"
}

/** How long the shelf lasts at the last 30 days' pace; "—" when nothing was sold in that time. */
export function daysLeftText(line: Pick<ShelfLine, "stock" | "days_of_stock_left">): string {
  if (line.days_of_stock_left === null) return "—"
  if (line.stock <= 0) return "Hết hàng"
  if (line.days_of_stock_left < 1) return "Còn đủ bán dưới 1 ngày"
  return `Còn đủ bán khoảng ${Math.floor(line.days_of_stock_left)} ngày`
}

const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 })

/** 0.455 → "45,5%"; "—" when nothing was on offer in the period. */
export function sellThroughText(sellThrough: number | null): string {
  return sellThrough === null ? "—" : percent.format(sellThrough)
}

/** A packaging as staff call it: "Mật ong Cường Nga – Chai 500 ml". */
export function packagingName(line: { title: string; variant_title: string }): string {
  return line.variant_title ? `${line.title} – ${line.variant_title}` : line.title
}
