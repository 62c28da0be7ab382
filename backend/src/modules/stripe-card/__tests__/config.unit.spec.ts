import { stripeCardConfig } from "../config"

const KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
const SECRET = "whsec_0123456789abcdef"

describe("stripeCardConfig (STRIPE_API_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE, issue 16)", () => {
  it("leaves cards off when no API key is set", () => {
    expect(stripeCardConfig({})).toBeNull()
    expect(stripeCardConfig({ STRIPE_API_KEY: " ", STRIPE_WEBHOOK_SECRET: SECRET })).toBeNull()
  })

  it("turns cards on with a key and its webhook secret", () => {
    expect(stripeCardConfig({ NODE_ENV: "production", STRIPE_API_KEY: KEY, STRIPE_WEBHOOK_SECRET: SECRET })).toEqual({
      apiKey: KEY,
      webhookSecret: SECRET,
      apiBase: undefined,
    })
  })

  it("refuses to start in production with a key but no webhook secret: 3-D Secure payments would never become orders", () => {
    expect(() => stripeCardConfig({ NODE_ENV: "production", STRIPE_API_KEY: KEY })).toThrow(/STRIPE_WEBHOOK_SECRET is not/)
    expect(stripeCardConfig({ NODE_ENV: "development", STRIPE_API_KEY: KEY })?.webhookSecret).toBeUndefined()
  })

  it("points the client at a stand-in only outside production, and only at a bare address", () => {
    expect(stripeCardConfig({ STRIPE_API_KEY: KEY, STRIPE_API_BASE: "http://127.0.0.1:12111" })?.apiBase).toBe(
      "http://127.0.0.1:12111"
    )
    expect(() =>
      stripeCardConfig({
        NODE_ENV: "production",
        STRIPE_API_KEY: KEY,
        STRIPE_WEBHOOK_SECRET: SECRET,
        STRIPE_API_BASE: "http://127.0.0.1:12111",
      })
    ).toThrow(/STRIPE_API_BASE is set/)
    expect(() => stripeCardConfig({ STRIPE_API_KEY: KEY, STRIPE_API_BASE: "127.0.0.1:12111/v1" })).toThrow(/bare http/)
  })
})
