import { QRPay } from "vietnam-qr-pay"
import { DEMO_RECEIVING_ACCOUNT, receivingAccount } from "../receiving-account"
import { asciiMemo, bankOf, MEMO_MAX_LENGTH, transferMemo, vietQrPayload } from "../vietqr"

const ACCOUNT = { bank_bin: "970416", account_number: "257678859", account_name: "CONG TY OCOP" }

describe("VietQR payload of a bank transfer", () => {
  it("decodes back to the account, the exact amount in đồng and the order's memo, with a valid CRC", () => {
    const payload = vietQrPayload(ACCOUNT, 120_000, transferMemo(1042))
    const qr = new QRPay(payload)
    expect(qr.isValid).toBe(true)
    expect(qr.version).toBe("01")
    expect(qr.initMethod).toBe("12") // dynamic: the banking app fills in amount and memo
    expect(qr.consumer.bankBin).toBe("970416")
    expect(qr.consumer.bankNumber).toBe("257678859")
    expect(qr.provider.service).toBe("QRIBFTTA") // to an account, not a card
    expect(qr.currency).toBe("704")
    expect(qr.nation).toBe("VN")
    expect(qr.amount).toBe("120000")
    expect(qr.additionalData.purpose).toBe("OCOP 1042")
    expect(payload.slice(-4)).toBe(QRPay.genCRCCode(payload.slice(0, -4)))
  })

  it("writes the NAPAS test vector's fields byte for byte (ACB, 10.000 ₫), with the spec's CRC-16", () => {
    const vector =
      "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6"
    const payload = vietQrPayload(ACCOUNT, 10_000, "Chuyen tien")
    // Everything up to the memo is the vector's; our memo is in capitals, so only field 62 and the CRC differ.
    expect(payload.slice(0, vector.indexOf("6215"))).toBe(vector.slice(0, vector.indexOf("6215")))
    expect(payload).toContain("62150811CHUYEN TIEN6304")
    // The CRC function we rely on yields the vector's own checksum (CRC-16/CCITT-FALSE).
    expect(QRPay.genCRCCode(vector.slice(0, -4))).toBe("53E6")
  })

  it("refuses an amount that is not a positive whole number of đồng (no bank sends 0,5 ₫)", () => {
    expect(() => vietQrPayload(ACCOUNT, 120_000.5, "OCOP 1")).toThrow()
    expect(() => vietQrPayload(ACCOUNT, 0, "OCOP 1")).toThrow()
  })
})

describe("transfer memo", () => {
  it("is 'OCOP <display id>': ASCII, order code first, at most 19 characters", () => {
    expect(transferMemo(7)).toBe("OCOP 7")
    expect(transferMemo(123_456_789_012)).toBe("OCOP 123456789012")
    expect(transferMemo(123_456_789_012).length).toBeLessThanOrEqual(MEMO_MAX_LENGTH)
  })

  it("drops diacritics and anything banks mangle, so a memo survives every bank", () => {
    expect(asciiMemo("Đặc sản Hà Tĩnh #12!")).toBe("DAC SAN HA TINH 12")
    expect(asciiMemo("Thanh toán đơn hàng số 1042 rất dài")).toHaveLength(MEMO_MAX_LENGTH)
    expect(asciiMemo("Thanh toán đơn hàng số 1042 rất dài")).toMatch(/^[A-Z0-9 ]+$/)
  })
})

describe("receiving account", () => {
  it("names the bank behind a BIN from VietQR's list", () => {
    expect(bankOf("970436")?.short_name).toBe("Vietcombank")
    expect(bankOf("000000")).toBeNull()
  })

  it("falls back to the labelled demo account outside production", () => {
    expect(receivingAccount({ NODE_ENV: "development" })).toEqual(DEMO_RECEIVING_ACCOUNT)
    expect(receivingAccount({ NODE_ENV: "test", VIETQR_ACCOUNT_NUMBER: "123456" }).account_number).toBe("123456")
  })

  it("refuses to start in production without the marketplace's own account, naming what is missing", () => {
    expect(() => receivingAccount({ NODE_ENV: "production", VIETQR_BANK_BIN: "970436" })).toThrow(
      /Refusing to start.*VIETQR_ACCOUNT_NUMBER is not set; VIETQR_ACCOUNT_NAME is not set/
    )
    const env = { NODE_ENV: "production", VIETQR_BANK_BIN: "970436", VIETQR_ACCOUNT_NUMBER: "0011", VIETQR_ACCOUNT_NAME: "OCOP" }
    expect(receivingAccount(env)).toEqual({ bank_bin: "970436", account_number: "0011", account_name: "OCOP" })
  })

  it("refuses a BIN that is not 6 digits, even in development", () => {
    expect(() => receivingAccount({ NODE_ENV: "development", VIETQR_BANK_BIN: "VCB" })).toThrow(/6-digit BIN/)
  })
})
