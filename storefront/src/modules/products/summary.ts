// A product page's meta description, which search results and link previews show.

import { clipDescription } from "@/lib/meta-description"
import type { Stars } from "@/modules/ocop/stars"

/**
 * The product's own text; without one, what it is, who made it and where: "Kẹo cu đơ – sản phẩm OCOP
 * 3 sao của Hộ kinh doanh Nguyễn Thị Hằng, Hà Tĩnh." At most 160 characters.
 */
export function productSummary(
  product: { title: string; description?: string | null },
  producer: { name: string; province: string | null } | null,
  stars: Stars | null
): string {
  const origin = [producer?.name, producer?.province?.trim()].filter(Boolean).join(", ")
  const text =
    product.description?.trim().replace(/\s+/g, " ") ||
    `${product.title}${stars ? ` – sản phẩm OCOP ${stars} sao` : ""}${origin ? ` của ${origin}` : ""}.`
  return clipDescription(text)
}
