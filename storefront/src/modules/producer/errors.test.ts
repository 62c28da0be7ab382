import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { isIdentityTaken, isInvalidLogin, portalRefusal } from "./errors"

describe("portalRefusal", () => {
  it("shows the backend's Vietnamese message for bad input, forbidden writes and unknown ids", () => {
    for (const status of [400, 403, 404]) {
      const message = "Nhà sản xuất đang bị tạm ngưng, không thể thay đổi."
      expect(portalRefusal(new FetchError(message, "", status))).toBe(message)
    }
  })

  it("hides outages and bugs behind the general message (null here)", () => {
    expect(portalRefusal(new FetchError("Internal Server Error", "", 500))).toBeNull()
    expect(portalRefusal(new Error("fetch failed"))).toBeNull()
  })
})

describe("Medusa auth errors", () => {
  it("recognises a wrong password and an email that already has a login", () => {
    expect(isInvalidLogin(new FetchError("Invalid email or password", "Unauthorized", 401))).toBe(true)
    expect(isIdentityTaken(new FetchError("Identity with email already exists", "Unauthorized", 401))).toBe(true)
    expect(isIdentityTaken(new FetchError("Invalid email or password", "Unauthorized", 401))).toBe(false)
  })
})
