// A product's OCOP certificates, as the store API lists them (only those valid now). A certificate
// names exactly which packagings (variants) it covers: only those may be offered to shoppers.

import { formatDate } from "@/lib/format"
import { isStars, type Stars } from "@/modules/ocop/stars"

export type CertifiedSku = {
  variant_id: string
  /** Quy cách, e.g. "Hộp 400 g". */
  packaging: string
  /** The label design registered at evaluation. */
  label_image_url: string | null
}

export type Certificate = {
  id: string
  decision_number: string
  decision_date: string
  issuer: string
  stars: number
  product_set: number
  program_year: number
  owner_name: string
  issued_at: string
  /** The last moment it is valid (expiry, or the end of a renewal's grace period). */
  valid_until: string
  skus: CertifiedSku[]
}

/** The 26 product sets of Decision 26/2026/QĐ-TTg, annex I (6 sectors). */
export const PRODUCT_SET_NAME: Record<number, string> = {
  1: "Rau, quả, hạt tươi",
  2: "Thịt, thủy sản, trứng, sữa tươi",
  3: "Gạo, ngũ cốc",
  4: "Mật ong và thực phẩm thô khác",
  5: "Thực phẩm ăn nhanh",
  6: "Chế biến từ gạo, ngũ cốc",
  7: "Chế biến từ rau, quả, hạt",
  8: "Chế biến từ thịt, thủy sản, trứng, sữa, mật ong",
  9: "Tương, nước mắm, gia vị dạng lỏng",
  10: "Gia vị khác (muối, hành, tỏi, tiêu)",
  11: "Chè",
  12: "Trà từ thực vật khác",
  13: "Cà phê, ca cao",
  14: "Rượu trắng",
  15: "Đồ uống có cồn khác",
  16: "Nước khoáng, nước uống đóng chai",
  17: "Đồ uống không cồn khác",
  18: "Thực phẩm chức năng, thuốc dược liệu, thuốc truyền thống",
  19: "Mỹ phẩm từ thảo dược",
  20: "Tinh dầu, thảo dược khác",
  21: "Thủ công mỹ nghệ gia dụng, trang trí",
  22: "Dệt may, may mặc",
  23: "Hoa",
  24: "Cây cảnh",
  25: "Động vật cảnh",
  26: "Dịch vụ du lịch cộng đồng, du lịch sinh thái, điểm du lịch",
}

/** "7. Chế biến từ rau, quả, hạt"; just the number for a set outside the list. */
export function productSetLabel(productSet: number): string {
  const name = PRODUCT_SET_NAME[productSet]
  return name ? `${productSet}. ${name}` : String(productSet)
}

/** As printed on a certificate: "4894/QĐ-UBND ngày 12/11/2024". */
export function decisionLine(certificate: Pick<Certificate, "decision_number" | "decision_date">): string {
  return `${certificate.decision_number} ngày ${formatDate(certificate.decision_date)}`
}

/** The variants some valid certificate covers, in the product's own order; the rest are not offered. */
export function coveredVariants<V extends { id: string }>(
  variants: V[] | null | undefined,
  certificates: Pick<Certificate, "skus">[],
): V[] {
  const covered = new Set(certificates.flatMap((certificate) => certificate.skus.map((sku) => sku.variant_id)))
  return (variants ?? []).filter((variant) => covered.has(variant.id))
}

/** The star rating the certificates grant (the highest, if several), or null when none states 3–5. */
export function certifiedStars(certificates: Pick<Certificate, "stars">[]): Stars | null {
  const stars = certificates.map((certificate) => certificate.stars).filter(isStars)
  return stars.length > 0 ? (Math.max(...stars) as Stars) : null
}
