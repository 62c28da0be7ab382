import { z } from "zod"
import { ERROR_CODES } from "../errors"
import { normalizePhone, PHONE_MESSAGES, type PhoneKind } from "../phone"

/**
 * Field rules every request schema builds on: each string has a length limit and each date is a real
 * calendar day, so what PostgreSQL stores is what the person typed (no "2026-02-30" becoming 2 March).
 * The limits are listed per field in the API docs.
 */

/** OCOP began in 2018; a year outside this range is a typing mistake, not a record. */
export const YEARS = { min: 2000, max: 2100 } as const

export const LIMITS = {
  name: 200,
  shortText: 100,
  code: 64,
  reason: 500,
  longText: 5_000,
  query: 100,
  id: 100,
  /** Browsers, CDNs and the social catalogs all handle addresses of this length. */
  url: 2048,
} as const

const VIETNAM_OFFSET = "+07:00"
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
// A full ISO 8601 moment, as JSON.stringify(new Date()) writes it (seconds optional, zone required).
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/

/** An optional trimmed text of at most `max` characters; "" counts as absent. */
/** A list's page: `limit` rows (at most 100) from `offset`. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const text = (what: string, max: number = LIMITS.longText) =>
  z
    .string({ error: `${what} phải là chữ.` })
    .trim()
    .max(max, `${what} tối đa ${max.toLocaleString("vi-VN")} ký tự.`)

/** A required trimmed text: its absence and emptiness get the same sentence. */
export const requiredText = (prompt: string, what: string, max: number = LIMITS.name) =>
  z
    .string({ error: prompt })
    .trim()
    .min(1, prompt)
    .max(max, `${what} tối đa ${max.toLocaleString("vi-VN")} ký tự.`)

/** A required text whose absence and emptiness get the same sentence (a limit with zod's own message). */
export const required = (message: string, max: number = LIMITS.name) =>
  z.string({ error: message }).trim().min(1, message).max(max)

/** A list of at most `max` items. */
export const list = <T extends z.ZodType>(item: T, what: string, max: number) =>
  z.array(item, { error: `${what} phải là một danh sách.` }).max(max, `${what} tối đa ${max.toLocaleString("vi-VN")} mục.`)

/**
 * A calendar date: "YYYY-MM-DD" (the start of that day, in UTC or in Vietnam) or a full ISO moment.
 * The day must exist (checked by round trip) and its year lie within YEARS.
 */
export const calendarDate = (what: string, startOf: "utc" | "vietnam" = "utc") =>
  z.unknown().transform((value, ctx) => {
    const refuse = (message: string) => {
      ctx.addIssue({ code: "custom", message, params: { code: ERROR_CODES.INVALID_DATE } })
      return z.NEVER
    }
    const input = value instanceof Date ? value.toISOString() : value
    if (input === undefined || input === "") return refuse(`Nhập ${what.charAt(0).toLowerCase()}${what.slice(1)}.`)
    const parts = typeof input === "string" ? (DAY.exec(input) ?? MOMENT.exec(input)) : null
    if (!parts) return refuse(`${what} không hợp lệ: hãy nhập dạng YYYY-MM-DD (ví dụ 2026-11-20).`)
    const [year, month, day] = parts.slice(1, 4).map(Number)
    if (year < YEARS.min || year > YEARS.max) return refuse(`${what} phải trong khoảng năm ${YEARS.min}–${YEARS.max}.`)
    const probe = new Date(Date.UTC(year, month - 1, day))
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
      return refuse(`${what} không có thật: ngày ${day} tháng ${month} năm ${year} không tồn tại.`)
    }
    const moment = new Date(
      DAY.test(input as string) ? `${input}T00:00:00${startOf === "vietnam" ? VIETNAM_OFFSET : "Z"}` : (input as string)
    )
    return Number.isNaN(moment.getTime()) ? refuse(`${what} không phải ngày hợp lệ.`) : moment
  })

/**
 * Whether a text is an absolute web address: http:// or https:// as typed (not as the URL parser would
 * repair "http:/x") and a host. javascript:, data:, file: and relative paths are not.
 */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== ""
  } catch {
    return false
  }
}

/** The refusal of an address that is not a web address; `what` names the field. */
export const webAddressRefusal = (what: string) =>
  `${what} phải là địa chỉ web bắt đầu bằng http:// hoặc https:// (ví dụ địa chỉ nhận được khi tải ảnh lên).`

/**
 * An address a producer or the office sets (product pictures, logos, label photos), such as the one an
 * upload answers: only a web address, so no stored address can run a script where it is shown.
 * `what` names the field in the refusal.
 */
export const webAddress = (what: string) => {
  const message = webAddressRefusal(what)
  return z
    .string({ error: message })
    .trim()
    .max(LIMITS.url, `${what} dài quá ${LIMITS.url.toLocaleString("vi-VN")} ký tự.`)
    .refine(isWebAddress, { message, params: { code: ERROR_CODES.INVALID_URL } })
}

/** Query values arrive as "a,b" or repeated keys; both mean a list (of at most 50: a filter, not a dump). */
export const queryList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : [value]
            .flat()
            .flatMap((v) => String(v).split(","))
            .map((v) => v.trim())
            .filter(Boolean),
    z.array(item).max(50).optional()
  )

/** A Vietnamese phone number of that kind, stored as normalizePhone writes it. */
export const phoneNumber = (kind: PhoneKind, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(LIMITS.shortText, PHONE_MESSAGES[kind])
    .transform((value, ctx) => {
      const phone = normalizePhone(value, kind)
      if (phone) return phone
      ctx.addIssue({ code: "custom", message: PHONE_MESSAGES[kind] })
      return z.NEVER
    })

/**
 * A request body as a client writes it in JSON: the schema's parsed output with each date as its
 * "YYYY-MM-DD" text (calendarDate reads it back), so Admin and storefront type what they send from the
 * very schema the API validates with.
 */
export type JsonBody<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? JsonBody<Item>[]
    : T extends object
      ? { [K in keyof T]: JsonBody<T[K]> }
      : T
