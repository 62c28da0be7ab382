import { describe, expect, it } from "vitest"
import { loginErrors } from "./login"

describe("loginErrors", () => {
  it("asks for an email and a password before the backend is called", () => {
    expect(loginErrors({ email: "", password: "" })).toEqual({
      email: "Vui lòng nhập email.",
      password: "Vui lòng nhập mật khẩu.",
    })
  })

  it("refuses an address that is not an email, and lets a well-formed login through", () => {
    expect(loginErrors({ email: "ten@", password: "secret" })).toEqual({
      email: "Email không hợp lệ (ví dụ: ten@example.com).",
    })
    expect(loginErrors({ email: "ten@example.com", password: " secret" })).toBeNull()
  })
})
