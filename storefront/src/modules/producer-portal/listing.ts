// Why a producer's product is, or is not, on sale: the store lists a product only when a valid OCOP
// certificate covers one of its packagings and its producer is approved.
import type { PortalProduct, ProducerStatus } from "@ocop/contracts"

export type ListingBadge = { listed: boolean; text: string }

export const LISTED_TEXT = "Đang bán"
export const NEEDS_CERTIFICATE_TEXT = "Chưa niêm yết — cần giấy chứng nhận OCOP còn hiệu lực"

export function listingBadge(product: Pick<PortalProduct, "listed" | "variants">, producerStatus: ProducerStatus): ListingBadge {
  if (product.listed) return { listed: true, text: LISTED_TEXT }
  // Certified but not listed: the producer is the reason, not the certificate.
  if (product.variants.some((variant) => variant.certified)) {
    if (producerStatus === "pending") return { listed: false, text: "Chưa niêm yết — hồ sơ nhà sản xuất đang chờ duyệt" }
    if (producerStatus === "suspended") return { listed: false, text: "Chưa niêm yết — nhà sản xuất đang bị tạm ngưng" }
  }
  return { listed: false, text: NEEDS_CERTIFICATE_TEXT }
}
