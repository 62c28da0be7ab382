import { randomBytes } from "node:crypto"

/** Crockford base 32: no I, L, O or U, so a code read aloud or retyped from a label survives. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const LENGTH = 12 // 60 random bits: guessing one live code among millions stays hopeless

/** A fresh stamp code, as stored (no dashes). */
export function newStampCode(): string {
  const bytes = randomBytes(LENGTH)
  let code = ""
  for (const byte of bytes) code += ALPHABET[byte & 31]
  return code
}

/** "ABCD-EFGH-JKMN": how a code is printed and shown. */
export const formatStampCode = (code: string) => code.match(/.{1,4}/g)!.join("-")

/**
 * The stored form of what someone typed or scanned, or null when it cannot be a stamp code. Accepts
 * the whole trace URL a QR holds, any case, dashes and spaces, and Crockford's look-alikes (O → 0,
 * I and L → 1).
 */
export function normalizeStampCode(input: string): string | null {
  const fromUrl = input.trim().match(/\/trace\/([^/?#\s]+)/i)?.[1] ?? input
  const code = decodeURIComponent(fromUrl)
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1")
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null
}
