import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { isIdentityTaken } from "./errors"

describe("isIdentityTaken", () => {
  it("recognises an email that already has a login, not a wrong password", () => {
    expect(isIdentityTaken(new FetchError("Identity with email already exists", "Unauthorized", 401))).toBe(true)
    expect(isIdentityTaken(new FetchError("Invalid email or password", "Unauthorized", 401))).toBe(false)
  })
})
