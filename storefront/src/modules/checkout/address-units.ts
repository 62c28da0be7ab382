// The checkout's province and commune pickers, fed by the contracts' administrative units (server side only:
// the pickers get the 34 provinces as props and a province's communes when it is chosen).
import { communeByName, PROVINCES, provinceByCode, provinceByName } from "@ocop/contracts/admin-units"

const byVietnameseName = new Intl.Collator("vi")

/** The 34 provinces as people name them ("Hà Tĩnh"), in Vietnamese alphabetical order. */
export function provinceChoices(): { code: string; name: string }[] {
  return PROVINCES.map(({ code, short }) => ({ code, name: short })).sort((a, b) => byVietnameseName.compare(a.name, b.name))
}

/**
 * The pickers' codes for an address already on the cart: its stored codes, or, for one written without
 * them, its names looked up. An address from before the reform (a district, an abolished commune) matches
 * nothing and leaves the pickers empty for the shopper to choose again.
 */
export function unitCodesOf(
  address: { province?: string | null; city?: string | null; metadata?: Record<string, unknown> | null } | null | undefined
): { province: string; commune: string } {
  const { province_code, commune_code } = address?.metadata ?? {}
  if (typeof province_code === "string" && typeof commune_code === "string" && provinceByCode(province_code)) {
    return { province: province_code, commune: commune_code }
  }
  const province = provinceByName(address?.province ?? "")
  if (!province) return { province: "", commune: "" }
  return { province: province.code, commune: communeByName(province.code, address?.city ?? "")?.code ?? "" }
}
