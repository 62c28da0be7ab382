// The public list of showrooms, one heading per province.

export type ProvinceGroup<T> = { province: string; showrooms: T[] }

const byVietnamese = (a: string, b: string) => a.localeCompare(b, "vi")

/**
 * Showrooms grouped by province, provinces and the showrooms in each in Vietnamese alphabetical order
 * (the database sorts by code point, which puts "Đà Nẵng" after "Nghệ An"). Names are trimmed, so a stray space
 * does not split a province in two; a showroom without a province goes last, under "Khác".
 */
export function groupByProvince<T extends { province: string | null; name: string }>(showrooms: T[]): ProvinceGroup<T>[] {
  const groups = new Map<string, T[]>()
  for (const showroom of showrooms) {
    const province = showroom.province?.trim() ?? ""
    groups.set(province, [...(groups.get(province) ?? []), showroom])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : byVietnamese(a, b)))
    .map(([province, members]) => ({
      province: province || "Khác",
      showrooms: [...members].sort((a, b) => byVietnamese(a.name, b.name)),
    }))
}

/** The place line of a card: "Ki-ốt 12, Chợ Hà Tĩnh, Phường Thành Sen". */
export function showroomPlace(showroom: { address: string | null; commune: string | null }): string {
  return [showroom.address, showroom.commune]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(", ")
}

/** A phone number as a `tel:` link: digits and a leading "+" only ("0239 385 5123" → "tel:02393855123"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`
}
