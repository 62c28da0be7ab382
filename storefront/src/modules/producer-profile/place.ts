// Where a producer is, as shoppers know it. Since 1/7/2025 addresses have two levels (commune, province);
// certificates issued before then name a district, which people still recognise the place by.

const DISTRICT_KINDS = ["huyện", "quận", "thị xã", "thành phố"]

/** "(huyện cũ Hương Sơn)"; a district stored with its kind keeps it: "(thị xã cũ Kỳ Anh)". */
export function formerDistrict(district: string | null | undefined): string | null {
  const name = district?.trim()
  if (!name) return null
  const lower = name.toLocaleLowerCase("vi")
  const kind = DISTRICT_KINDS.find((k) => lower.startsWith(`${k} `))
  return kind ? `(${kind} cũ ${name.slice(kind.length).trim()})` : `(huyện cũ ${name})`
}

/** "Sơn Kim 1, Hà Tĩnh (huyện cũ Hương Sơn)". */
export function producerPlace(producer: {
  commune?: string | null
  province?: string | null
  district_as_issued?: string | null
}): string {
  const place = [producer.commune, producer.province]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(", ")
  return [place, formerDistrict(producer.district_as_issued)].filter(Boolean).join(" ")
}
