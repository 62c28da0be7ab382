import { formatStampCode, newStampCode, normalizeStampCode, readStampCode, withCheckCharacter } from "../stamp-code"

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** A code as issued: 12 random characters and the check character "D" that Damm's algorithm gives them. */
const CODE = "7K3M9QXR2D4FD"

const verifies = (code: string) => normalizeStampCode(code) === code

describe("stamp codes", () => {
  it("are 12 random Crockford base-32 characters and a check character that verifies, different every time", () => {
    const codes = new Set(Array.from({ length: 2000 }, newStampCode))
    expect(codes.size).toBe(2000)
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{13}$/)
      expect(code).toMatch(/[A-Z]/) // never digits only: a barcode is never taken for one
      expect(verifies(code)).toBe(true)
    }
  })

  it("print in groups of four, the check character on its own", () => {
    expect(formatStampCode(CODE)).toBe("7K3M-9QXR-2D4F-D")
  })

  it("are read back however they were typed or scanned", () => {
    expect(normalizeStampCode("7k3m-9qxr-2d4f-d")).toBe(CODE)
    expect(normalizeStampCode(" 7K3M 9QXR 2D4F D ")).toBe(CODE)
    expect(normalizeStampCode("https://cho-ocop.vn/trace/7K3M-9QXR-2D4F-D?utm=qr")).toBe(CODE)
    expect(normalizeStampCode("https://cho-ocop.vn/trace/7K3M%2D9QXR-2D4F-D")).toBe(CODE)
    // Look-alikes a person may type from a label.
    const withZeroAndOne = withCheckCharacter("1K3M9QXR2D40")!
    expect(normalizeStampCode(`IK3M-9QXR-2D4O-${withZeroAndOne[12]}`)).toBe(withZeroAndOne)
    expect(normalizeStampCode(`lK3M-9QXR-2D4o-${withZeroAndOne[12]}`)).toBe(withZeroAndOne)
  })

  it("refuse what cannot be a code: SKUs, names, wrong lengths, letters outside the alphabet", () => {
    expect(readStampCode("NUOC-MAM-KY-PHU-500")).toBeNull()
    expect(readStampCode("nuoc mam")).toBeNull()
    expect(readStampCode("7K3M-9QXR-2D4")).toBeNull()
    expect(readStampCode("7K3M-9QXR-2D4F-DD")).toBeNull()
    expect(readStampCode("7K3M-9QXR-2D4F-U")).toBeNull()
    expect(readStampCode("")).toBeNull()
  })

  it("never throw, whatever is typed or scanned: stray percent signs, broken encodings, control characters, huge input", () => {
    for (const input of [
      "%",
      "50%",
      "%c0%ae",
      "/trace/%E0%A4%A",
      "\u0000",
      "\uD800",
      "7K3M-9QXR-2D4F-D%",
      "%".repeat(400),
      "A".repeat(1_000_000),
      `/trace/${"%".repeat(100_000)}`,
    ]) {
      expect(() => readStampCode(input)).not.toThrow()
      expect(readStampCode(input)).toBeNull()
    }
  })
})

describe("the check character (Damm's algorithm over GF(32))", () => {
  // A sample of issued codes, plus the extremes of the alphabet, where Luhn mod 32 fails (0Z ↔ Z0).
  const sample = [
    CODE.slice(0, 12),
    "0Z0Z0Z0Z0Z0Z",
    "ZZZZZZZZZZZZ",
    "000000000001",
    ...Array.from({ length: 50 }, () => newStampCode().slice(0, 12)),
  ].map((random) => withCheckCharacter(random)!)

  it("reads a code with any one character changed as mistyped, never as another code", () => {
    for (const code of sample) {
      for (let at = 0; at < code.length; at++) {
        for (const other of ALPHABET) {
          if (other === code[at]) continue
          const typo = code.slice(0, at) + other + code.slice(at + 1)
          expect(readStampCode(typo)).toEqual({ mistyped: typo })
        }
      }
    }
  })

  it("reads a code with two different neighbours swapped as mistyped, the check character included", () => {
    let swaps = 0
    for (const code of sample) {
      for (let at = 0; at + 1 < code.length; at++) {
        if (code[at] === code[at + 1]) continue
        const typo = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2)
        expect(readStampCode(typo)).toEqual({ mistyped: typo })
        swaps++
      }
    }
    expect(swaps).toBeGreaterThan(500)
  })

  it("catches a swap of any two different neighbours, or any character changed into any other, whatever came before", () => {
    // The algorithm remembers only its interim (one of 32 values), and nine zeros then character k leave
    // it at k: so these prefixes put every possible pair after every possible interim.
    for (const before of ALPHABET) {
      const prefix = `000000000${before}`
      for (const x of ALPHABET) {
        for (const y of ALPHABET) {
          if (x === y) continue
          const code = withCheckCharacter(prefix + x + y)!
          const swapped = prefix + y + x + code[12]
          const changed = prefix + y + y + code[12]
          expect(readStampCode(swapped)).toEqual({ mistyped: swapped })
          expect(readStampCode(changed)).toEqual({ mistyped: changed })
        }
      }
    }
  })

  it("is appended to a code stored before check characters, which still reads from its old 12-character label", () => {
    expect(withCheckCharacter("7K3M9QXR2D4F")).toBe(CODE)
    expect(normalizeStampCode("7K3M-9QXR-2D4F")).toBe(CODE)
    expect(withCheckCharacter(CODE)).toBeNull() // already has one: a migration run twice changes nothing
    expect(withCheckCharacter("7K3M9QXR2D4U")).toBeNull()
  })
})
