import type { FormState } from "@/modules/common/form-state"

/** What "Mua lại" tells the shopper: what went into the cart, and which packagings are no longer sold (or in stock). */
export function reorderSummary(added: string[], refused: string[]): FormState {
  const gone = refused.length ? `Không còn bán hoặc đã hết hàng: ${refused.join("; ")}.` : ""
  if (!added.length) return { status: "error", message: gone || "Đơn hàng này không có sản phẩm nào để mua lại." }
  return { status: "success", message: [`Đã thêm vào giỏ hàng: ${added.join("; ")}.`, gone].filter(Boolean).join(" ") }
}
