/**
 * Vietnam's administrative units after the 2025 reform: 34 provinces/cities, each with its communes
 * (phường / xã / đặc khu) and their official codes. Districts no longer exist, so an address is
 * province → commune → street line. The data is vendored in ./vn-admin-units (its README says where it
 * comes from, its licence and how to refresh it).
 *
 * Imported as `@ocop/contracts/admin-units`, not from the package root: the 3,321 communes stay out of
 * any browser bundle that only needs a format helper or an error code.
 */
import { ERROR_CODES, type ErrorCode } from "./errors"
import units from "./vn-admin-units/units.json"
import { foldVietnamese } from "./vietnamese"

export type CommuneType = "phường" | "xã" | "đặc khu"
export type ProvinceType = "thành phố" | "tỉnh"

export type Commune = { code: string; name: string; type: CommuneType }
/** A province without its communes: `name` is official ("Tỉnh Hà Tĩnh"), `short` what people say ("Hà Tĩnh"). */
export type Province = { code: string; name: string; short: string; type: ProvinceType }

type ProvinceWithCommunes = Province & { communes: Commune[] }
const DATA = units as { version: string; effective: string; provinces: ProvinceWithCommunes[] }

/** Which state of the law the data reflects (the reform of 1/7/2025 and amendments up to `effective`). */
export const ADMIN_UNITS_VERSION = { version: DATA.version, effective: DATA.effective } as const

export const PROVINCES: Province[] = DATA.provinces.map(({ code, name, short, type }) => ({ code, name, short, type }))

const PROVINCE_BY_CODE = new Map(DATA.provinces.map((province) => [province.code, province]))
/** Commune codes are unique nationwide: a commune's code names its province too. */
const PROVINCE_CODE_OF_COMMUNE = new Map(
  DATA.provinces.flatMap((province) => province.communes.map((commune) => [commune.code, province.code] as const))
)

/** How names are compared with what a person typed: no diacritics, case or spacing ("Hòa" and "Hoà" alike). */
const nameKey = (name: string) => foldVietnamese(name).toLowerCase().replace(/\s+/g, " ").trim()

export function provinceByCode(code: string): Province | null {
  const province = PROVINCE_BY_CODE.get(code)
  return province ? { code: province.code, name: province.name, short: province.short, type: province.type } : null
}

/** A province by its official or short name ("Tỉnh Hà Tĩnh", "Hà Tĩnh", "ha tinh"). */
export function provinceByName(name: string): Province | null {
  const key = nameKey(name)
  const found = PROVINCES.find((province) => nameKey(province.short) === key || nameKey(province.name) === key)
  return found ?? null
}

/**
 * Provinces merged on 1/7/2025 (Resolution 202/2025/QH15): each former name, folded ("ha giang"), to the
 * folded short name of the province it is now part of. The units data holds only the new provinces;
 * people, old addresses and IP-location data still use the former names.
 */
export const FORMER_PROVINCES: Readonly<Record<string, string>> = {
  "ha giang": "tuyen quang",
  "yen bai": "lao cai",
  "bac kan": "thai nguyen",
  "vinh phuc": "phu tho",
  "hoa binh": "phu tho",
  "bac giang": "bac ninh",
  "thai binh": "hung yen",
  "hai duong": "hai phong",
  "ha nam": "ninh binh",
  "nam dinh": "ninh binh",
  "quang binh": "quang tri",
  "quang nam": "da nang",
  "kon tum": "quang ngai",
  "binh dinh": "gia lai",
  "ninh thuan": "khanh hoa",
  "dak nong": "lam dong",
  "binh thuan": "lam dong",
  "phu yen": "dak lak",
  "binh duong": "ho chi minh",
  "ba ria vung tau": "ho chi minh",
  "binh phuoc": "dong nai",
  "long an": "tay ninh",
  "soc trang": "can tho",
  "hau giang": "can tho",
  "ben tre": "vinh long",
  "tra vinh": "vinh long",
  "tien giang": "dong thap",
  "bac lieu": "ca mau",
  "kien giang": "an giang",
  // Not merged: renamed when it became a centrally governed city in January 2025.
  "thua thien hue": "hue",
}

/** Spaces and punctuation dropped too: IP-location data writes "Hanoi", "Ba Ria - Vung Tau". */
const regionKey = (name: string) => nameKey(name).replace(/[^a-z]/g, "")
const CURRENT_BY_REGION_KEY = new Map<string, Province>(
  PROVINCES.flatMap((province) => [
    [regionKey(province.short), province],
    ...Object.entries(FORMER_PROVINCES)
      .filter(([, current]) => current === nameKey(province.short))
      .map(([former]) => [regionKey(former), province] as [string, Province]),
  ])
)

/**
 * The current province a region name means, whether current or former, Vietnamese or as IP-location
 * data spells it ("Ho Chi Minh City (HCMC)", "Thanh Hoa Province", "Quang Nam" → Đà Nẵng); null for
 * anything else. A GSO province code ("01") is accepted too.
 */
export function provinceOfRegion(region: string): Province | null {
  const key = regionKey(
    nameKey(region)
      .replace(/\(.*?\)/g, "")
      .trim()
      .replace(/^(tinh|thanh pho|tp\.?) /, "")
      .replace(/ (province|city)$/, "")
  )
  const found = provinceByCode(region.trim()) ?? CURRENT_BY_REGION_KEY.get(key)
  return found ? { ...found } : null
}

/** The communes of a province, in code order (sort with Intl.Collator("vi") to display); none for an unknown code. */
export function communesOf(provinceCode: string): Commune[] {
  return PROVINCE_BY_CODE.get(provinceCode)?.communes ?? []
}

export function communeByCode(code: string): (Commune & { province_code: string }) | null {
  const provinceCode = PROVINCE_CODE_OF_COMMUNE.get(code)
  if (!provinceCode) return null
  const commune = communesOf(provinceCode).find((c) => c.code === code)!
  return { ...commune, province_code: provinceCode }
}

/** A commune of that province by its official name, with or without its prefix ("Xã Can Lộc", "can loc"). */
export function communeByName(provinceCode: string, name: string): Commune | null {
  const key = nameKey(name)
  const found = communesOf(provinceCode).find(
    (commune) => nameKey(commune.name) === key || nameKey(commune.name.slice(commune.type.length + 1)) === key
  )
  return found ?? null
}

export function isCommuneInProvince(communeCode: string, provinceCode: string): boolean {
  return PROVINCE_CODE_OF_COMMUNE.get(communeCode) === provinceCode
}

/**
 * Where a delivery address keeps the units' codes: Medusa's address has `province` (the short name, as
 * producers and showrooms write it) and `city` (the commune's official name); the codes go in its metadata.
 */
export type AddressUnitCodes = { province_code?: unknown; commune_code?: unknown }

/** Why an address cannot be used: a sentence the shopper can act on, and its code. */
export type AddressRefusal = { message: string; code: ErrorCode }

/**
 * An address held to the units: refused, or accepted with the province it names (null when it names
 * none we know, as an address without a commune may), found once for both.
 */
export type AddressUnitsVerdict = { refusal: AddressRefusal; province?: never } | { refusal: null; province: Province | null }

/**
 * Whether a delivery address can be used: its commune must belong to its province (the reform's two
 * levels). With codes, they decide; without (an older client), the names are looked up. An address
 * without a commune (collected at a showroom) is not a delivery address and passes with its province
 * found by name.
 */
export function addressUnitsVerdict(address: {
  province?: string | null
  city?: string | null
  metadata?: AddressUnitCodes | null
}): AddressUnitsVerdict {
  const { province_code, commune_code } = address.metadata ?? {}
  if (province_code !== undefined || commune_code !== undefined) {
    const province = typeof province_code === "string" ? provinceByCode(province_code) : null
    if (!province) return { refusal: UNKNOWN_PROVINCE }
    const commune = typeof commune_code === "string" ? communeByCode(commune_code) : null
    if (!commune) return { refusal: UNKNOWN_COMMUNE }
    if (commune.province_code !== province.code) return { refusal: notInProvince(commune.name, province.short) }
    return { refusal: null, province }
  }
  const province = provinceByName(address.province ?? "")
  if (!address.city?.trim()) return { refusal: null, province }
  if (!province) return { refusal: UNKNOWN_PROVINCE }
  if (communeByName(province.code, address.city)) return { refusal: null, province }
  return { refusal: UNKNOWN_COMMUNE }
}

const UNKNOWN_PROVINCE: AddressRefusal = {
  message: "Tỉnh/thành phố không có trong danh sách 34 tỉnh, thành phố sau sắp xếp năm 2025. Vui lòng chọn lại.",
  code: ERROR_CODES.UNKNOWN_PROVINCE,
}
const UNKNOWN_COMMUNE: AddressRefusal = {
  message: "Phường/xã không có trong danh sách đơn vị hành chính của tỉnh/thành phố đã chọn. Vui lòng chọn lại.",
  code: ERROR_CODES.UNKNOWN_COMMUNE,
}
const notInProvince = (commune: string, province: string): AddressRefusal => ({
  message: `${commune} không thuộc ${province}. Vui lòng chọn phường/xã của ${province}.`,
  code: ERROR_CODES.COMMUNE_NOT_IN_PROVINCE,
})
