import { canApply, normalizePhone, TAX_CODE_PATTERN } from "../rules"

describe("producer registration rules", () => {
  it("accepts a 10-digit tax code and a branch code, nothing else", () => {
    expect(TAX_CODE_PATTERN.test("3001234567")).toBe(true)
    expect(TAX_CODE_PATTERN.test("3001234567-001")).toBe(true)
    expect(TAX_CODE_PATTERN.test("300123456")).toBe(false)
    expect(TAX_CODE_PATTERN.test("3001234567-01")).toBe(false)
    expect(TAX_CODE_PATTERN.test("30012345AB")).toBe(false)
  })

  it("normalises Vietnamese mobile and landline numbers and refuses others", () => {
    expect(normalizePhone("0912 345 678")).toBe("0912345678")
    expect(normalizePhone("+84 912.345.678")).toBe("0912345678")
    expect(normalizePhone("84912345678")).toBe("0912345678")
    expect(normalizePhone("0239 3855 123")).toBe("02393855123")
    expect(normalizePhone("0112345678")).toBeNull()
    expect(normalizePhone("12345")).toBeNull()
  })

  it("approves pending or suspended producers and suspends approved or pending ones", () => {
    expect(canApply("approve", "pending")).toBe(true)
    expect(canApply("approve", "suspended")).toBe(true)
    expect(canApply("approve", "approved")).toBe(false)
    expect(canApply("suspend", "approved")).toBe(true)
    expect(canApply("suspend", "suspended")).toBe(false)
  })
})
