import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/contracts"
import { unsellablePackagings } from "../../queries/sellable-packaging"

const REFUSAL = {
  add: {
    certificate: "không thuộc giấy chứng nhận OCOP nào còn hiệu lực nên không được bán.",
    producer: "tạm thời không được bán vì nhà sản xuất đang bị tạm ngưng.",
  },
  order: {
    certificate: "không còn giấy chứng nhận OCOP hiệu lực nên không thể đặt hàng.",
    producer: "tạm thời không được bán vì nhà sản xuất đang bị tạm ngưng.",
  },
}
const KEEP_CART = " Hãy xoá khỏi giỏ hàng để tiếp tục; giỏ hàng của bạn vẫn được giữ nguyên."

/**
 * The purchase rule, checked where money changes hands: refuses, naming the products and why, when any
 * of the packagings may not be sold now (queries/sellable-packaging.ts). The listing sync makes the
 * rule true for the storefront; this check closes the gap between a revocation and a cart made before it.
 */
export async function assertPurchasable(container: MedusaContainer, variantIds: string[], when: keyof typeof REFUSAL) {
  const refused = await unsellablePackagings(container, variantIds)
  if (!refused.length) return
  const sentences = (["certificate", "producer"] as const).flatMap((reason) => {
    const names = refused.filter((v) => v.reason === reason).map((v) => `"${v.product_title}" (${v.variant_title})`)
    return names.length ? [`${names.join(", ")} ${REFUSAL[when][reason]}`] : []
  })
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    sentences.join(" ") + (when === "order" ? KEEP_CART : ""),
    ERROR_CODES.NOT_PURCHASABLE
  )
}
