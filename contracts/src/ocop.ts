/** The 26 OCOP product sets of Decision 26/2026/QĐ-TTg, annex I (6 sectors). */
export const OCOP_PRODUCT_SETS: Record<number, string> = {
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

/** Who may hold an OCOP certificate (chủ thể OCOP). */
export const OWNER_TYPES = ["household", "cooperative", "cooperative_group", "enterprise"] as const
export type OwnerType = (typeof OWNER_TYPES)[number]

export const OWNER_TYPE_LABELS: Record<OwnerType, string> = {
  household: "Hộ kinh doanh",
  cooperative: "Hợp tác xã",
  cooperative_group: "Tổ hợp tác",
  enterprise: "Doanh nghiệp",
}

/** The decisions a recognition may rest on: QĐ 148/QĐ-TTg (2023), QĐ 1489/QĐ-TTg (2025), QĐ 26/2026/QĐ-TTg. */
export const LEGAL_BASES = ["148/2023", "1489/2025", "26/2026"] as const
export type LegalBasis = (typeof LEGAL_BASES)[number]

export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  "148/2023": "QĐ 148/QĐ-TTg ngày 24/02/2023",
  "1489/2025": "QĐ 1489/QĐ-TTg (từ 06/07/2025)",
  "26/2026": "QĐ 26/2026/QĐ-TTg ngày 22/05/2026",
}

/** The six sectors (ngành) of Decision 26/2026/QĐ-TTg, annex I, each a range of the 26 product sets. */
export const OCOP_SECTORS: { code: string; name: string; product_sets: number[] }[] = [
  { code: "I", name: "Thực phẩm", product_sets: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] },
  { code: "II", name: "Đồ uống", product_sets: [14, 15, 16, 17] },
  { code: "III", name: "Thảo dược", product_sets: [18, 19, 20] },
  { code: "IV", name: "Thủ công mỹ nghệ, dệt may", product_sets: [21, 22] },
  { code: "V", name: "Hoa, cây cảnh, động vật cảnh", product_sets: [23, 24, 25] },
  { code: "VI", name: "Dịch vụ du lịch cộng đồng, sinh thái", product_sets: [26] },
]
