import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { isIdentityTaken, isInvalidLogin, portalRefusal } from "./backend-errors"

describe("portalRefusal", () => {
  it("shows the backend's Vietnamese message for bad input, forbidden writes and unknown ids", () => {
    for (const status of [400, 403, 404]) {
      const message = "Nhà sản xuất đang bị tạm ngưng, không thể thay đổi."
      expect(portalRefusal(new FetchError(message, "", status))).toBe(message)
    }
  })

  it("shows the showroom's stock refusal as is", () => {
    const message = "Điểm bán chỉ còn 2 sản phẩm Mật ong Cường Nga – Chai 500 ml."
    expect(portalRefusal(new FetchError(message, "Bad Request", 400))).toBe(message)
  })

  it("shows a rate limit's refusal, which says how long to wait", () => {
    const message = "Đăng nhập sai quá nhiều lần: vui lòng đợi 15 phút rồi thử lại."
    expect(portalRefusal(new FetchError(message, "Too Many Requests", 429))).toBe(message)
  })

  it("hides outages and bugs behind the general message (null here)", () => {
    expect(portalRefusal(new FetchError("Internal Server Error", "", 500))).toBeNull()
    expect(portalRefusal(new Error("fetch failed"))).toBeNull()
  })
})

describe("Medusa auth errors", () => {
  it("recognises a wrong password", () => {
    expect(isInvalidLogin(new FetchError("Invalid email or password", "Unauthorized", 401))).toBe(true)
    expect(isInvalidLogin(new FetchError("Bad Request", "Bad Request", 400))).toBe(false)
  })
})

describe("isIdentityTaken", () => {
  it("recognises an email that already has a login, not a wrong password", () => {
    expect(isIdentityTaken(new FetchError("Identity with email already exists", "Unauthorized", 401))).toBe(true)
    expect(isIdentityTaken(new FetchError("Invalid email or password", "Unauthorized", 401))).toBe(false)
  })
})
