import { describe, expect, it } from "vitest"
import { isStoredPicture } from "./images"

const BACKEND = "http://localhost:9000"

describe("isStoredPicture", () => {
  it("optimizes the backend's own uploads, the pictures next.config.ts lets the optimizer fetch", () => {
    expect(isStoredPicture("http://localhost:9000/uploads/1733472000000-0123456789abcdef0123456789abcdef.png", BACKEND)).toBe(
      true
    )
    expect(isStoredPicture("https://api.ocop.vn/uploads/a.jpg", "https://api.ocop.vn/")).toBe(true)
  })

  it("leaves any other address as it is: the optimizer would refuse it and the picture would not show", () => {
    expect(isStoredPicture("https://cdn.example.vn/uploads/a.jpg", BACKEND)).toBe(false) // another host
    expect(isStoredPicture("http://localhost:9100/uploads/a.png", BACKEND)).toBe(false) // another port
    expect(isStoredPicture("https://localhost:9000/uploads/a.png", BACKEND)).toBe(false) // another scheme
    expect(isStoredPicture("http://localhost:9000/static/a.png", BACKEND)).toBe(false) // not an upload
    expect(isStoredPicture("/uploads/a.png", BACKEND)).toBe(false) // relative: not a backend address
    expect(isStoredPicture("not a url", BACKEND)).toBe(false)
  })

  it("optimizes the pictures in the backend's bucket (S3_FILE_URL) too, and nothing else on that host", () => {
    const FILES = "https://files.ocop.vn/ocop-files/"
    expect(isStoredPicture("https://files.ocop.vn/ocop-files/ocop/0123-01KBZ7Q1D5W3N2M4P6R8T0V9XY.png", BACKEND, FILES)).toBe(
      true
    )
    expect(isStoredPicture("https://files.ocop.vn/khac/a.png", BACKEND, FILES)).toBe(false) // another bucket
    expect(isStoredPicture("https://files.ocop.vn/ocop-files-2/a.png", BACKEND, FILES)).toBe(false)
    expect(isStoredPicture("http://files.ocop.vn/ocop-files/a.png", BACKEND, FILES)).toBe(false) // another scheme
    expect(isStoredPicture("https://files.ocop.vn/ocop-files/a.png", BACKEND)).toBe(false) // no bucket configured
    expect(isStoredPicture("http://localhost:9000/uploads/a.png", BACKEND, FILES)).toBe(true)
  })
})
