import { describe, expect, it } from "vitest"
import {
  BANK_TRANSFER_PROVIDER_ID,
  CARD_PROVIDER_ID,
  COD_PROVIDER_ID,
  cardPayLabel,
  offeredPaymentMethods,
  offersCards,
  paymentProviderOf,
} from "./payment"

const KEY = "pk_test_ocop"

describe("offering international cards at checkout (issue 16)", () => {
  it("offers cards when the backend offers Stripe in the region and the storefront has Stripe's key", () => {
    expect(offersCards([COD_PROVIDER_ID, BANK_TRANSFER_PROVIDER_ID, CARD_PROVIDER_ID], KEY)).toBe(true)
  })

  it("does not offer cards when either side lacks Stripe, so Stripe.js is never loaded", () => {
    expect(offersCards([COD_PROVIDER_ID, BANK_TRANSFER_PROVIDER_ID], KEY)).toBe(false)
    expect(offersCards([COD_PROVIDER_ID, CARD_PROVIDER_ID], undefined)).toBe(false)
    expect(offersCards([COD_PROVIDER_ID, CARD_PROVIDER_ID], " ")).toBe(false)
  })

  it("lists the card choice last, and only when offered", () => {
    expect(offeredPaymentMethods(false).map((m) => m.value)).toEqual(["cod", "bank_transfer"])
    expect(offeredPaymentMethods(true).map((m) => m.value)).toEqual(["cod", "bank_transfer", "card"])
    expect(paymentProviderOf("card")).toBe(CARD_PROVIDER_ID)
  })

  it("shows the amount Stripe charges in đồng as it is, not in hundredths", () => {
    expect(cardPayLabel(120_000)).toBe("Thanh toán 120.000\u00a0₫")
    expect(cardPayLabel(1_250_000)).toBe("Thanh toán 1.250.000\u00a0₫")
  })
})
