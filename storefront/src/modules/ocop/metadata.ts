// The backend stores a product's OCOP facts as flat `product.metadata` keys. This is the one reader,
// so components never poke at metadata strings (which may arrive as strings or numbers).

import { isStars, type Stars } from "./stars"

export type OwnerType = "household" | "cooperative" | "cooperative_group" | "enterprise"

export const OWNER_TYPE_LABEL: Record<OwnerType, string> = {
  household: "Hộ sản xuất",
  cooperative: "Hợp tác xã",
  cooperative_group: "Tổ hợp tác",
  enterprise: "Doanh nghiệp",
}

export type OcopInfo = {
  stars: Stars | null
  producerName: string | null
  ownerType: OwnerType | null
  commune: string | null
  province: string | null
  yearRecognised: number | null
}

function text(value: unknown): string | null {
  if (typeof value === "number") return String(value)
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null
}

function integer(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN
  return Number.isInteger(n) ? n : null
}

export function readOcop(metadata: Record<string, unknown> | null | undefined): OcopInfo {
  const m = metadata ?? {}
  const stars = integer(m.ocop_stars)
  const ownerType = text(m.producer_owner_type)
  return {
    stars: isStars(stars) ? stars : null,
    producerName: text(m.producer_name),
    ownerType: ownerType && ownerType in OWNER_TYPE_LABEL ? (ownerType as OwnerType) : null,
    commune: text(m.producer_commune),
    province: text(m.producer_province),
    yearRecognised: integer(m.ocop_year_recognised),
  }
}
