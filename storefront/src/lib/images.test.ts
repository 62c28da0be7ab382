import { describe, expect, it } from "vitest"
import { isBackendUpload } from "./images"

const BACKEND = "http://localhost:9000"

describe("isBackendUpload", () => {
  it("optimizes the backend's own uploads, the pictures next.config.ts lets the optimizer fetch", () => {
    expect(isBackendUpload("http://localhost:9000/uploads/1733472000000-0123456789abcdef0123456789abcdef.png", BACKEND)).toBe(
      true
    )
    expect(isBackendUpload("https://api.ocop.vn/uploads/a.jpg", "https://api.ocop.vn/")).toBe(true)
  })

  it("leaves any other address as it is: the optimizer would refuse it and the picture would not show", () => {
    expect(isBackendUpload("https://cdn.example.vn/uploads/a.jpg", BACKEND)).toBe(false) // another host
    expect(isBackendUpload("http://localhost:9100/uploads/a.png", BACKEND)).toBe(false) // another port
    expect(isBackendUpload("https://localhost:9000/uploads/a.png", BACKEND)).toBe(false) // another scheme
    expect(isBackendUpload("http://localhost:9000/static/a.png", BACKEND)).toBe(false) // not an upload
    expect(isBackendUpload("/uploads/a.png", BACKEND)).toBe(false) // relative: not a backend address
    expect(isBackendUpload("not a url", BACKEND)).toBe(false)
  })
})
