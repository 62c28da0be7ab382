/**
 * Turns the real OCOP product list (scripts/seed-data/ocop-products.csv) into a demo catalog.
 * Names, owners, communes, stars and years are real; packaging, prices, stock and descriptions
 * are generated — deterministically, so every machine seeds the same catalog.
 */
import { createHash } from "node:crypto"
import { OCOP_PRODUCT_SETS, OWNER_TYPE_LABELS, type OwnerType } from "@ocop/contracts"
import { slugify } from "../../utils/vietnamese"

export type CertificateDemoStatus = "valid" | "expired" | "revoked"

export type DemoProducer = {
  handle: string
  name: string
  owner_type: OwnerType
  commune: string
  district_as_issued: string
  province: string
  /** Generated contact details and story (the sources name owners, not their tax codes or phones). */
  story: string
  representative: string
  tax_code: string
  phone: string
  email: string
}

export type DemoVariant = { packaging: string; sku: string; price: number; stock: number }

export type DemoProduct = {
  handle: string
  title: string
  description: string
  stars: 3 | 4 | 5
  year_recognised: number
  product_set: number
  certificate_status: CertificateDemoStatus
  producer: DemoProducer
  variants: DemoVariant[]
}

type Packaging = { label: string; price: number }

/** Plausible packaging sizes and shelf prices (VND) per product set. */
const PACKAGING_BY_SET: Record<number, Packaging[]> = {
  1: [
    { label: "Hộp 2 kg", price: 120_000 },
    { label: "Thùng 5 kg", price: 280_000 },
  ],
  2: [
    { label: "Con 1,5 kg", price: 250_000 },
    { label: "Con 2 kg", price: 320_000 },
  ],
  4: [
    { label: "Chai 500 ml", price: 180_000 },
    { label: "Chai 1 lít", price: 340_000 },
  ],
  6: [
    { label: "Gói 200 g", price: 35_000 },
    { label: "Hộp 500 g", price: 80_000 },
    { label: "Thùng 10 gói", price: 320_000 },
  ],
  7: [
    { label: "Gói 200 g", price: 40_000 },
    { label: "Hộp 400 g", price: 75_000 },
    { label: "Hộp quà 800 g", price: 150_000 },
  ],
  8: [
    { label: "Gói 500 g", price: 140_000 },
    { label: "Gói 1 kg", price: 270_000 },
  ],
  9: [
    { label: "Chai 500 ml", price: 65_000 },
    { label: "Chai 1 lít", price: 120_000 },
    { label: "Thùng 6 chai 500 ml", price: 370_000 },
  ],
  12: [
    { label: "Gói 100 g", price: 60_000 },
    { label: "Hộp 250 g", price: 140_000 },
  ],
  14: [
    { label: "Chai 500 ml", price: 90_000 },
    { label: "Bình 2 lít", price: 320_000 },
  ],
  18: [
    { label: "Hộp 10 g", price: 950_000 },
    { label: "Hộp 30 g", price: 2_650_000 },
  ],
  21: [
    { label: "Bộ nhỏ", price: 150_000 },
    { label: "Bộ lớn", price: 390_000 },
  ],
}

const DESCRIPTION_BY_SET: Record<number, string> = {
  1: "Quả tươi thu hái theo mùa, chọn lọc kỹ trước khi đóng thùng.",
  2: "Nuôi thả tự nhiên, giết mổ và sơ chế theo quy trình đảm bảo an toàn thực phẩm.",
  4: "Sản phẩm thô nguyên chất, không pha trộn, đóng chai tại cơ sở.",
  6: "Làm từ gạo và ngũ cốc địa phương theo công thức truyền thống.",
  7: "Chế biến thủ công từ nguyên liệu địa phương, vị ngọt bùi đặc trưng.",
  8: "Chế biến theo công thức gia truyền, đóng gói hút chân không.",
  9: "Ủ chượp theo phương pháp truyền thống, vị đậm đà, hậu ngọt.",
  12: "Sấy khô ở nhiệt độ thấp, giữ trọn hương vị và dược tính tự nhiên.",
  14: "Nấu từ nếp cái địa phương, chưng cất thủ công, hương thơm nồng nàn.",
  18: "Nuôi trồng và sơ chế theo quy trình khép kín, có tiêu chuẩn cơ sở công bố.",
  21: "Làm thủ công bởi nghệ nhân làng nghề, mỗi sản phẩm một nét riêng.",
}

/** Minimal RFC 4180 reader (quoted fields, escaped quotes); the file is small. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ",") {
      row.push(field)
      field = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else field += c
  }
  if (field || row.length) {
    row.push(field)
    rows.push(row)
  }
  const [header, ...body] = rows.filter((r) => r.some((cell) => cell.trim()))
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? "").trim()])))
}

/** A stable number in [0, 1) per key, so generated values do not change between runs. */
function stableFraction(key: string): number {
  return createHash("sha256").update(key).digest().readUInt32BE(0) / 2 ** 32
}

function producerName(owner: string, ownerType: OwnerType): string {
  const hasLegalForm = /^(Cơ sở|THT|HTX|Công ty|Hộ kinh doanh)/.test(owner)
  return hasLegalForm ? owner : `${OWNER_TYPE_LABELS[ownerType]} ${owner}`
}

const REPRESENTATIVES = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Văn Thành", "Phạm Thị Lan", "Hoàng Văn Nam", "Võ Thị Hoa"]

/** A person's name is its own representative; firms and cooperatives get a stable generated one. */
function representativeOf(owner: string, ownerType: OwnerType): string {
  if (ownerType === "household" && !/^(Cơ sở|Hộ kinh doanh)/.test(owner)) return owner
  return REPRESENTATIVES[Math.floor(stableFraction(`${owner}:representative`) * REPRESENTATIVES.length)]
}

/** The first two digits of a tax code name the province that issued it. */
const TAX_OFFICE_PREFIX: Record<string, string> = { "Hà Tĩnh": "30", "Nghệ An": "29" }

const stableDigits = (key: string, count: number) => String(Math.floor(stableFraction(key) * 10 ** count)).padStart(count, "0")

export function buildDemoCatalog(csv: string): DemoProduct[] {
  return parseCsv(csv).map((row) => {
    const handle = slugify(row.product)
    const productSet = Number(row.product_set)
    const ownerType = row.owner_type as OwnerType
    const packagings = PACKAGING_BY_SET[productSet] ?? [{ label: "Hộp tiêu chuẩn", price: 100_000 }]
    // 1–3 sizes per product, chosen stably from the set's packaging list.
    const count = 1 + Math.floor(stableFraction(`${handle}:count`) * packagings.length)
    const variants = packagings.slice(0, count).map((packaging, index) => {
      // ±10 % around the shelf price, rounded to 1.000 ₫ as Vietnamese shops price.
      const spread = 0.9 + stableFraction(`${handle}:${index}:price`) * 0.2
      return {
        packaging: packaging.label,
        sku: `${handle.slice(0, 24).toUpperCase()}-${slugify(packaging.label).toUpperCase()}`,
        price: Math.round((packaging.price * spread) / 1000) * 1000,
        stock: 5 + Math.floor(stableFraction(`${handle}:${index}:stock`) * 60),
      }
    })
    const commune = row.commune || row.district_as_issued || row.province
    const place = [commune, row.province].filter(Boolean).join(", ")
    return {
      handle,
      title: row.product,
      description:
        `${row.product} – sản phẩm OCOP ${row.stars} sao của ${place}. ` +
        `${DESCRIPTION_BY_SET[productSet] ?? "Đặc sản địa phương được chứng nhận OCOP."} ` +
        `Nhóm sản phẩm: ${OCOP_PRODUCT_SETS[productSet]}. ` +
        `(Dữ liệu minh hoạ: giá, quy cách và mô tả do hệ thống tạo.)`,
      stars: Number(row.stars) as 3 | 4 | 5,
      year_recognised: Number(row.year_recognised),
      product_set: productSet,
      certificate_status: row.status as CertificateDemoStatus,
      producer: {
        handle: slugify(row.owner),
        name: producerName(row.owner, ownerType),
        owner_type: ownerType,
        commune: row.commune,
        district_as_issued: row.district_as_issued,
        province: row.province,
        story:
          `${producerName(row.owner, ownerType)} ở ${place} làm ${row.product}, được công nhận sản phẩm OCOP ` +
          `${row.stars} sao năm ${row.year_recognised}. (Giới thiệu minh hoạ.)`,
        representative: representativeOf(row.owner, ownerType),
        tax_code: `${TAX_OFFICE_PREFIX[row.province] ?? "01"}${stableDigits(`${row.owner}:tax`, 8)}`,
        phone: `09${stableDigits(`${row.owner}:phone`, 8)}`,
        email: `${slugify(row.owner)}@ocop.local`,
      },
      variants,
    }
  })
}

export type DemoCertificate = {
  decision_number: string
  decision_date: Date
  issuer: string
  legal_basis: string
  issued_at: Date
  expires_at: Date
  renewal_filed_at: Date | null
  status: CertificateDemoStatus
  revocation_reason: string | null
}

/** Decision 1489/QĐ-TTg moved 3★ recognition from districts to provinces on 6 July 2025. */
const PROVINCE_ISSUES_ALL_FROM = new Date("2025-07-06T00:00:00Z")
const DAY_MS = 86_400_000

function threeYearsFrom(date: Date): Date {
  const end = new Date(date)
  end.setUTCMonth(end.getUTCMonth() + 36)
  return end
}

/**
 * A believable certificate for a demo product, following the CSV's `status`: issued on 15 December
 * of the year of recognition, valid 36 months. A valid one close to its end has its renewal filed
 * 150 days before expiry, so the demo also shows the grace period of Decision 26/2026.
 */
export function demoCertificate(product: DemoProduct, index: number, now: Date): DemoCertificate {
  const valid = product.certificate_status === "valid"
  // A row the CSV calls valid must still be valid today: if its first 36 months (and grace) are
  // over, it was re-recognised every 3 years since.
  let year = product.year_recognised
  while (valid && threeYearsFrom(new Date(Date.UTC(year, 11, 15))).getTime() + 180 * DAY_MS <= now.getTime()) year += 3
  const issued = new Date(Date.UTC(year, 11, 15))
  const expires = threeYearsFrom(issued)
  const { district_as_issued, province } = product.producer
  const issuer =
    product.stars === 5
      ? "Bộ Nông nghiệp và Phát triển nông thôn"
      : product.stars === 3 && issued < PROVINCE_ISSUES_ALL_FROM && district_as_issued
        ? `UBND huyện ${district_as_issued}`
        : `UBND tỉnh ${province}`
  const nearEnd = valid && expires.getTime() - now.getTime() < 180 * DAY_MS
  return {
    decision_number: `${1200 + index * 37}/QĐ-UBND`,
    decision_date: issued,
    issuer,
    legal_basis: year >= 2023 ? "148/2023" : "1048/2019",
    issued_at: issued,
    expires_at: expires,
    renewal_filed_at: nearEnd ? new Date(expires.getTime() - 150 * DAY_MS) : null,
    status: product.certificate_status,
    revocation_reason:
      product.certificate_status === "revoked"
        ? "Không thực hiện đúng quy trình sản xuất đã công bố; thiếu hồ sơ truy xuất nguồn gốc (dữ liệu minh hoạ)."
        : null,
  }
}
