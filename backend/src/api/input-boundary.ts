import type { MedusaNextFunction, MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/contracts"
import { malformedEncoding, shapeDirectRefusal } from "./error-handler"

/**
 * The one gate every API request passes before any route reads it: what no field anywhere may hold is
 * refused here with a Vietnamese 400, so it never reaches PostgreSQL (which answers a NUL character
 * with a 500) or a stored record. Per-field rules (lengths, formats, dates) live in each route's zod
 * schema; the limits here are backstops far above any field's own limit.
 */
export const BOUNDARY_LIMITS = {
  pathSegment: 200,
  queryValue: 1_000,
  queryList: 100,
  bodyString: 20_000,
  bodyList: 1_000,
  bodyKeys: 200,
  depth: 8,
} as const

/** The API's own prefixes; Medusa Admin's pages (/app) and health checks are not API input. */
const API_PREFIXES = ["/store", "/admin", "/auth", "/producer", "/showroom", "/feeds", "/uploads", "/hooks"]

/**
 * C0 and C1 control characters (tab and line breaks are allowed in body text, e.g. a description),
 * DEL, lone UTF-16 surrogates (broken encodings), and the bidirectional overrides that make a name
 * read differently from what it is.
 */
const FORBIDDEN_IN_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const FORBIDDEN_IN_LINE = /[\t\n\r]/

const refuse = (code: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message, code)

const where = (path: (string | number)[]) => (path.length ? `«${path.join(".")}»` : "nội dung gửi lên")

function checkValue(value: unknown, path: (string | number)[], from: "query" | "body", depth = 0): void {
  if (depth > BOUNDARY_LIMITS.depth) {
    throw refuse(ERROR_CODES.TOO_DEEP, `${where(path)} lồng nhau quá sâu (tối đa ${BOUNDARY_LIMITS.depth} tầng).`)
  }
  if (typeof value === "string") {
    const max = from === "query" ? BOUNDARY_LIMITS.queryValue : BOUNDARY_LIMITS.bodyString
    if (value.length > max) {
      throw refuse(
        ERROR_CODES.TOO_LONG,
        `${where(path)} dài ${value.length.toLocaleString("vi-VN")} ký tự, vượt giới hạn ${max.toLocaleString("vi-VN")} ký tự.`
      )
    }
    if (FORBIDDEN_IN_TEXT.test(value) || (from === "query" && FORBIDDEN_IN_LINE.test(value))) {
      throw refuse(
        ERROR_CODES.CONTROL_CHARACTER,
        `${where(path)} chứa ký tự điều khiển hoặc ký tự không hợp lệ; hãy xoá chúng rồi gửi lại.`
      )
    }
    return
  }
  if (Array.isArray(value)) {
    const max = from === "query" ? BOUNDARY_LIMITS.queryList : BOUNDARY_LIMITS.bodyList
    if (value.length > max) {
      throw refuse(
        ERROR_CODES.TOO_MANY,
        `${where(path)} có ${value.length.toLocaleString("vi-VN")} mục, vượt giới hạn ${max.toLocaleString("vi-VN")} mục.`
      )
    }
    for (const [index, item] of value.entries()) checkValue(item, [...path, index], from, depth + 1)
    return
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
    if (entries.length > BOUNDARY_LIMITS.bodyKeys) {
      throw refuse(ERROR_CODES.TOO_MANY, `${where(path)} có quá nhiều trường (tối đa ${BOUNDARY_LIMITS.bodyKeys}).`)
    }
    for (const [key, item] of entries) {
      if (FORBIDDEN_IN_TEXT.test(key) || FORBIDDEN_IN_LINE.test(key) || key.length > 100) {
        throw refuse(ERROR_CODES.CONTROL_CHARACTER, `Tên trường trong ${where(path)} không hợp lệ.`)
      }
      checkValue(item, [...path, key], from, depth + 1)
    }
  }
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    throw malformedEncoding()
  }
}

/** The query parser quietly keeps a value it cannot decode as it is; the gate refuses it instead. */
function checkRawQuery(rawQuery: string): void {
  for (const pair of rawQuery.split("&")) for (const part of pair.split("=")) decode(part.replace(/\+/g, " "))
}

/** Each raw path segment must decode as UTF-8 and hold no control character. */
function checkPath(rawPath: string): void {
  for (const segment of rawPath.split("/")) {
    const decoded = decode(segment)
    if (decoded.length > BOUNDARY_LIMITS.pathSegment) {
      throw refuse(
        ERROR_CODES.TOO_LONG,
        `Đường dẫn có một phần dài ${decoded.length} ký tự, vượt giới hạn ${BOUNDARY_LIMITS.pathSegment} ký tự.`
      )
    }
    if (FORBIDDEN_IN_TEXT.test(decoded) || FORBIDDEN_IN_LINE.test(decoded)) {
      throw refuse(ERROR_CODES.CONTROL_CHARACTER, "Đường dẫn chứa ký tự điều khiển hoặc ký tự không hợp lệ.")
    }
  }
}

/** What the boundary reads of a request and its response (a MedusaRequest and MedusaResponse have them). */
type BoundaryRequest = Pick<MedusaRequest, "originalUrl" | "query" | "body">
type BoundaryResponse = { statusCode: number; json(body: unknown): unknown }

export function inputBoundary(req: BoundaryRequest, res: BoundaryResponse, next: MedusaNextFunction) {
  // The undecoded path of the whole URL (req.path is relative to where a middleware is mounted).
  const [rawPath, rawQuery = ""] = req.originalUrl.split("?", 2)
  if (!API_PREFIXES.some((prefix) => rawPath === prefix || rawPath.startsWith(`${prefix}/`))) return next()
  const json = res.json.bind(res)
  res.json = (body: unknown) => json(shapeDirectRefusal(res.statusCode, body))
  try {
    checkPath(rawPath)
    checkRawQuery(rawQuery)
    checkValue(req.query, [], "query")
    // A multipart body (uploads) is not parsed yet; its files are checked by their own route.
    if (req.body !== undefined && !Buffer.isBuffer(req.body)) checkValue(req.body, [], "body")
    next()
  } catch (error) {
    next(error)
  }
}
