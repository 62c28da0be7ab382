import { DEFAULT_PAY_WITHIN_HOURS, payWithinHours } from "../pay-within"

describe("payWithinHours (BANK_TRANSFER_PAY_WITHIN_HOURS, issue 16)", () => {
  it("gives the shopper 48 hours to transfer when nothing is configured", () => {
    expect(payWithinHours({})).toBe(48)
    expect(payWithinHours({ BANK_TRANSFER_PAY_WITHIN_HOURS: " " })).toBe(DEFAULT_PAY_WITHIN_HOURS)
  })

  it("reads the configured hours, fractions included", () => {
    expect(payWithinHours({ BANK_TRANSFER_PAY_WITHIN_HOURS: "24" })).toBe(24)
    expect(payWithinHours({ BANK_TRANSFER_PAY_WITHIN_HOURS: "0.5" })).toBe(0.5)
  })

  it("refuses a value that would cancel every transfer order at once or never", () => {
    for (const value of ["0", "-1", "hai ngày", "Infinity"]) {
      expect(() => payWithinHours({ BANK_TRANSFER_PAY_WITHIN_HOURS: value })).toThrow(/positive number of hours/)
    }
  })
})
