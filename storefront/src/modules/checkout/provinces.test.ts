import { PROVINCES as ADMIN_UNITS_PROVINCES } from "@ocop/contracts/admin-units"
import { describe, expect, it } from "vitest"
import { PROVINCES } from "./provinces"

describe("PROVINCES", () => {
  // Kept as a short list for the producer forms' client code; the administrative data is its source.
  it("names the same 34 provinces as the administrative units data", () => {
    expect([...PROVINCES].sort()).toEqual(ADMIN_UNITS_PROVINCES.map((province) => province.short).sort())
  })
})
