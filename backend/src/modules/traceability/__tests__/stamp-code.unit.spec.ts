import { formatStampCode, newStampCode, normalizeStampCode } from "../stamp-code"

describe("stamp codes", () => {
  it("are 12 Crockford base-32 characters, different every time", () => {
    const codes = new Set(Array.from({ length: 2000 }, newStampCode))
    expect(codes.size).toBe(2000)
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/)
  })

  it("print in groups of four", () => {
    expect(formatStampCode("7K3M9QXR2D4F")).toBe("7K3M-9QXR-2D4F")
  })

  it("are read back however they were typed or scanned", () => {
    expect(normalizeStampCode("7k3m-9qxr-2d4f")).toBe("7K3M9QXR2D4F")
    expect(normalizeStampCode(" 7K3M 9QXR 2D4F ")).toBe("7K3M9QXR2D4F")
    expect(normalizeStampCode("https://cho-ocop.vn/trace/7K3M-9QXR-2D4F?utm=qr")).toBe("7K3M9QXR2D4F")
    // Look-alikes a person may type from a label.
    expect(normalizeStampCode("7K3M-9QXR-2D4O")).toBe("7K3M9QXR2D40")
    expect(normalizeStampCode("IK3M-9QXR-2D4L")).toBe("1K3M9QXR2D41")
  })

  it("refuse what cannot be a code: SKUs, names, wrong lengths", () => {
    expect(normalizeStampCode("NUOC-MAM-KY-PHU-500")).toBeNull()
    expect(normalizeStampCode("nuoc mam")).toBeNull()
    expect(normalizeStampCode("7K3M-9QXR-2D4")).toBeNull()
    expect(normalizeStampCode("7K3M-9QXR-2D4U")).toBeNull()
  })
})
