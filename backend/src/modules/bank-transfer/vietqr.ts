import { Banks, QRPay } from "vietnam-qr-pay"
import type { ReceivingAccount } from "./receiving-account"

/** Banks print at most 19 characters of a VietQR memo reliably (VietQR.vn's own limit). */
export const MEMO_MAX_LENGTH = 19

/**
 * Text as a bank memo carries it: no diacritics (đ → D), capitals, digits and single spaces only.
 * Banks strip or mangle anything else, and the memo is what matches a transfer to its order.
 */
export function asciiMemo(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim()
    .slice(0, MEMO_MAX_LENGTH)
    .trim()
}

/** The memo a transfer for this order must carry: "OCOP 1042", unique per order, order code first. */
export function transferMemo(displayId: number): string {
  return asciiMemo(`OCOP ${displayId}`)
}

/**
 * The order number a memo names: "OCOP 1042" as `transferMemo` writes it, found anywhere in the memo
 * whatever the case and spacing (banks prepend their own text and may drop the space: "ocop1042").
 */
export function displayIdInMemo(memo: string): number | null {
  const found = /OCOP\s*(\d{1,12})(?!\d)/i.exec(memo)
  return found ? Number(found[1]) : null
}

/** The bank behind a BIN, as VietQR's bank list names it; null for a BIN the list does not know. */
export function bankOf(bin: string): { name: string; short_name: string } | null {
  const bank = Banks.find((b) => b.bin === bin)
  return bank ? { name: bank.name, short_name: bank.shortName } : null
}

/**
 * The VietQR (NAPAS 247, EMVCo) payload of one transfer: to this account, this many whole đồng, with
 * this memo. Dynamic (`01`=`12`), so the shopper's banking app fills in amount and memo itself.
 */
export function vietQrPayload(account: ReceivingAccount, amount: number, memo: string): string {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new Error(`A VietQR amount is a positive whole number of đồng, not ${amount}`)
  return QRPay.initVietQR({
    bankBin: account.bank_bin,
    bankNumber: account.account_number,
    amount: String(amount),
    purpose: asciiMemo(memo),
  }).build()
}
