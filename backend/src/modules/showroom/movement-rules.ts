import { type AdjustmentReason, type MovementKind, reasonTakesOnlyOut } from "@ocop/contracts"

/** Which way each kind moves stock: receipts and customer returns bring it in, the rest take it out. */
const DIRECTION: Record<Exclude<MovementKind, "adjustment">, 1 | -1> = {
  receipt: 1,
  customer_return: 1,
  return_to_producer: -1,
  sale: -1,
}

/**
 * The signed change a movement makes, or the sentence saying why it is refused. Quantities are whole
 * units; an adjustment is already signed (a recount may find more or fewer), but damage, expiry and
 * loss only ever remove stock, and every adjustment needs its reason.
 */
export function movementDelta(
  kind: MovementKind,
  quantity: number,
  reason?: AdjustmentReason | null
): { delta: number } | { refusal: string } {
  if (!Number.isInteger(quantity) || quantity === 0) return { refusal: "Số lượng phải là số nguyên khác 0." }
  if (kind !== "adjustment") {
    if (quantity < 0) return { refusal: "Số lượng không được âm." }
    return { delta: DIRECTION[kind] * quantity }
  }
  if (!reason) return { refusal: "Điều chỉnh tồn kho phải có lý do: hư hỏng, hết hạn, thất lạc hoặc kiểm kê lại." }
  if (reasonTakesOnlyOut(reason) && quantity > 0) {
    return { refusal: "Hàng hư hỏng, hết hạn hoặc thất lạc chỉ làm giảm tồn kho: nhập số âm." }
  }
  return { delta: quantity }
}
