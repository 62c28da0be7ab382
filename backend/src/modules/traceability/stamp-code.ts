import { randomBytes } from "node:crypto"

/** Crockford base 32: no I, L, O or U, so a code read aloud or retyped from a label survives. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const RANDOM_LENGTH = 12 // 60 random bits: guessing one live code among millions stays hopeless
const LENGTH = RANDOM_LENGTH + 1 // and a check character
/** Far longer than any trace URL a QR holds: anything longer is not worth reading. */
const MAX_INPUT = 500

const WELL_FORMED = new RegExp(`^[${ALPHABET}]+$`)

/** x ↦ 2x in GF(32) (modulo x⁵ + x² + 1): shift, and reduce when the fifth bit falls out. */
const double = (x: number) => (x & 16 ? (x << 1) ^ 0b100101 : x << 1)

/**
 * The check character of a code's random part, by Damm's algorithm over the quasigroup i ∘ c = 2i + c
 * in GF(32) (+ is XOR): each character c takes the interim i to 2i + c, and the check character brings
 * the last interim back to 0. The quasigroup is totally anti-symmetric ((i ∘ x) ∘ y equals (i ∘ y) ∘ x
 * only when x = y, since 3 ≠ 0 in GF(32)), so every single substitution and every adjacent
 * transposition, the check character's included, leaves a non-zero interim. Luhn mod 32, the other
 * usual choice, misses one transposition: 0Z and Z0 (as Luhn mod 10 misses 09 and 90).
 */
function checkCharacter(random: string): string {
  return ALPHABET[double(interimOf(random))]
}

function interimOf(characters: string): number {
  let interim = 0
  for (const c of characters) interim = double(interim) ^ ALPHABET.indexOf(c)
  return interim
}

/**
 * A fresh stamp code, as stored (no dashes): 12 random characters and their check character. Never
 * digits only, so a product barcode scanned at the counter is never taken for a stamp.
 */
export function newStampCode(): string {
  for (;;) {
    let random = ""
    for (const byte of randomBytes(RANDOM_LENGTH)) random += ALPHABET[byte & 31] // 256 = 8 × 32: unbiased
    if (!/^\d+$/.test(random)) return random + checkCharacter(random)
  }
}

/**
 * A code stored before codes had a check character (12 characters), with its check character added; the
 * random part stays, so the label printed with it still reads. null for anything else.
 */
export function withCheckCharacter(code: string): string | null {
  return code.length === RANDOM_LENGTH && WELL_FORMED.test(code) ? code + checkCharacter(code) : null
}

/** "ABCD-EFGH-JKMN-P": how a code is printed and shown, the check character in a group of its own. */
export const formatStampCode = (code: string) => code.match(/.{1,4}/g)!.join("-")

/**
 * What someone typed or scanned: a stamp code (its stored form), a stamp code with a typing error (its
 * check character does not match; the characters as read), or null when it cannot be a stamp code.
 * Accepts the whole trace URL a QR holds, any case, dashes and spaces, and Crockford's look-alikes
 * (O → 0, I and L → 1). Twelve characters are a label printed before codes had a check character:
 * they are read with it added, unchecked. Never throws, whatever the input.
 */
export function readStampCode(input: string): { code: string } | { mistyped: string } | null {
  if (input.length > MAX_INPUT) return null
  const fromUrl = input.trim().match(/\/trace\/([^/?#\s]+)/i)?.[1] ?? input
  const typed = decodeOrKeep(fromUrl).toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1")
  if (!WELL_FORMED.test(typed)) return null
  if (typed.length === RANDOM_LENGTH) return { code: typed + checkCharacter(typed) }
  if (typed.length !== LENGTH) return null
  return interimOf(typed) === 0 ? { code: typed } : { mistyped: typed }
}

/** The stored form of what someone typed or scanned; null when it is not a stamp code or is mistyped. */
export function normalizeStampCode(input: string): string | null {
  const reading = readStampCode(input)
  return reading && "code" in reading ? reading.code : null
}

/** A percent-encoded trace URL decoded; text that is not valid percent-encoding ("50%") as it is. */
function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
