import { DEVELOPMENT_SECRET, signingSecrets, weakSecretReason } from "../secrets"

const STRONG = "9f1c2b7e4a6d8c0f3e5b7a9c1d2e4f6a8b0c2d4e6f8a1b3c"

describe("signing secrets", () => {
  it("refuses missing, publicly known, short and repetitive secrets in production", () => {
    expect(weakSecretReason("JWT_SECRET", undefined)).toBe("JWT_SECRET is not set")
    expect(weakSecretReason("JWT_SECRET", "supersecret")).toMatch(/publicly known default/)
    expect(weakSecretReason("COOKIE_SECRET", "a1b2c3d4e5")).toMatch(/10 characters long \(at least 32/)
    expect(weakSecretReason("COOKIE_SECRET", "ab".repeat(20))).toMatch(/too few different characters/)
    expect(weakSecretReason("JWT_SECRET", STRONG)).toBeNull()
  })

  it("stops a production server naming every weak secret at once", () => {
    expect(() => signingSecrets({ NODE_ENV: "production", JWT_SECRET: "supersecret" })).toThrow(
      /JWT_SECRET is a publicly known default.*COOKIE_SECRET is not set/
    )
    expect(signingSecrets({ NODE_ENV: "production", JWT_SECRET: STRONG, COOKIE_SECRET: STRONG })).toEqual({
      JWT_SECRET: STRONG,
      COOKIE_SECRET: STRONG,
    })
  })

  it("lets development run without configuration", () => {
    expect(signingSecrets({ NODE_ENV: "development" })).toEqual({
      JWT_SECRET: DEVELOPMENT_SECRET,
      COOKIE_SECRET: DEVELOPMENT_SECRET,
    })
  })
})
