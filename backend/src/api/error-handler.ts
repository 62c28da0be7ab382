import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getHttpResponseFromError } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, type ErrorCode } from "@ocop/contracts"

export type ApiErrorBody = { code: ErrorCode | string; type: string; message: string }

/** Anything written in Vietnamese carries at least one of its letters; Medusa's own messages are English. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i

/** What Medusa's own kinds of refusal mean to a shopper, producer or office clerk, by type. */
const BY_TYPE: Record<string, { code: ErrorCode; message: string }> = {
  [MedusaError.Types.UNAUTHORIZED]: {
    code: ERROR_CODES.UNAUTHORIZED,
    message: "Bạn cần đăng nhập, hoặc phiên đăng nhập đã hết hạn: hãy đăng nhập lại.",
  },
  [MedusaError.Types.FORBIDDEN]: { code: ERROR_CODES.FORBIDDEN, message: "Tài khoản của bạn không có quyền làm việc này." },
  [MedusaError.Types.NOT_FOUND]: {
    code: ERROR_CODES.NOT_FOUND,
    message: "Không tìm thấy nội dung bạn yêu cầu: có thể nó đã bị xoá hoặc địa chỉ không đúng.",
  },
  [MedusaError.Types.CONFLICT]: {
    code: ERROR_CODES.CONFLICT,
    message: "Một yêu cầu khác đang xử lý cùng dữ liệu này; hãy thử lại sau giây lát.",
  },
  [MedusaError.Types.DUPLICATE_ERROR]: {
    code: ERROR_CODES.DUPLICATE,
    message: "Dữ liệu này đã tồn tại; hãy kiểm tra lại để không tạo trùng.",
  },
  [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR]: {
    code: ERROR_CODES.PAYMENT_REFUSED,
    message: "Thanh toán chưa được chấp nhận; hãy thử lại hoặc chọn cách thanh toán khác.",
  },
  [MedusaError.Types.NOT_ALLOWED]: {
    code: ERROR_CODES.NOT_ALLOWED,
    message: "Thao tác này không được phép với dữ liệu hiện tại.",
  },
  [MedusaError.Types.INVALID_DATA]: {
    code: ERROR_CODES.INVALID_DATA,
    message: "Dữ liệu gửi lên không hợp lệ; hãy kiểm tra lại các trường đã nhập.",
  },
}

const INSUFFICIENT_INVENTORY = {
  code: ERROR_CODES.INSUFFICIENT_INVENTORY,
  message: "Một sản phẩm trong giỏ không còn đủ hàng: hãy giảm số lượng hoặc bỏ sản phẩm đó khỏi giỏ.",
}

export const malformedEncoding = () =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "Đường dẫn hoặc tham số có mã hoá phần trăm (%) không hợp lệ; hãy kiểm tra lại địa chỉ.",
    ERROR_CODES.MALFORMED_ENCODING
  )

/** body-parser's refusals, by its `type`. */
function bodyParserRefusal(type: unknown): { status: number; code: ErrorCode; message: string } | null {
  switch (type) {
    case "entity.parse.failed":
      return {
        status: 400,
        code: ERROR_CODES.INVALID_JSON,
        message: "Nội dung gửi lên không phải JSON hợp lệ; hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy.",
      }
    case "entity.too.large":
      return {
        status: 413,
        code: ERROR_CODES.PAYLOAD_TOO_LARGE,
        message: "Nội dung gửi lên quá lớn; hãy gửi ít dữ liệu hơn trong một lần.",
      }
    case "encoding.unsupported":
    case "charset.unsupported":
      return { status: 415, code: ERROR_CODES.UNSUPPORTED_ENCODING, message: "Chỉ nhận nội dung mã hoá UTF-8." }
    case "request.aborted":
    case "request.size.invalid":
      return { status: 400, code: ERROR_CODES.INVALID_DATA, message: "Nội dung gửi lên không đầy đủ; hãy gửi lại." }
    default:
      return null
  }
}

/** The status and body an error becomes: a code always, and a Vietnamese sentence for every 4xx. */
export function describeError(thrown: unknown): { status: number; body: ApiErrorBody } {
  // Express fails to decode a path parameter such as %c0%ae before any route runs.
  const error = thrown instanceof URIError ? malformedEncoding() : thrown
  // Anything may be thrown; body-parser's and zod's errors are told apart by their fields.
  const fields = typeof error === "object" && error !== null ? error : {}

  const parserRefusal = bodyParserRefusal("type" in fields ? fields.type : undefined)
  if (parserRefusal) {
    const { status, ...rest } = parserRefusal
    return { status, body: { ...rest, type: MedusaError.Types.INVALID_DATA } }
  }

  // Medusa's own validators throw zod errors; our global zod messages are Vietnamese (the contracts' schemas/messages.ts).
  if ("issues" in fields && Array.isArray(fields.issues)) {
    const message = [...new Set(fields.issues.map((issue: { message: string }) => issue.message))].join(" ")
    return { status: 400, body: { code: ERROR_CODES.INVALID_DATA, type: MedusaError.Types.INVALID_DATA, message } }
  }

  const { statusCode, body } = getHttpResponseFromError(error)
  const type = (body as { type?: string }).type ?? "unknown_error"
  if (statusCode >= 500) {
    return {
      status: statusCode,
      body: {
        code: ERROR_CODES.SERVER_ERROR,
        type,
        message: "Máy chủ gặp sự cố khi xử lý yêu cầu; vui lòng thử lại sau ít phút.",
      },
    }
  }
  const rawCode = (body as { code?: string }).code
  // Medusa's inventory module refuses a reservation with the item's and location's internal ids.
  if (rawCode === ERROR_CODES.INSUFFICIENT_INVENTORY || /^Not enough stock available/.test(body.message ?? "")) {
    return { status: statusCode, body: { ...INSUFFICIENT_INVENTORY, type } }
  }
  const generic = BY_TYPE[type] ?? { code: ERROR_CODES.INVALID_DATA, message: BY_TYPE[MedusaError.Types.INVALID_DATA].message }
  // Our own refusals are Vietnamese and name their code; Medusa's English ones get the sentence of their kind.
  const ours = VIETNAMESE.test(body.message ?? "")
  const code = ours && rawCode && !rawCode.endsWith("_error") ? rawCode : generic.code
  return { status: statusCode, body: { code, type, message: ours ? body.message! : generic.message } }
}

const TYPE_BY_STATUS: Record<number, string> = {
  400: MedusaError.Types.INVALID_DATA,
  401: MedusaError.Types.UNAUTHORIZED,
  403: MedusaError.Types.FORBIDDEN,
  404: MedusaError.Types.NOT_FOUND,
  409: MedusaError.Types.CONFLICT,
}

/**
 * Some of Medusa's middlewares answer a refusal themselves (authentication: `{ message: "Unauthorized" }`)
 * instead of passing an error on; such a body gets the code and Vietnamese sentence of its status.
 */
export function shapeDirectRefusal(status: number, body: unknown): unknown {
  if (status < 400 || status >= 500 || !body || typeof body !== "object" || "code" in body) return body
  const known = BY_TYPE[TYPE_BY_STATUS[status] ?? MedusaError.Types.INVALID_DATA]
  const message = (body as { message?: unknown }).message
  return {
    code: known.code,
    type: TYPE_BY_STATUS[status] ?? MedusaError.Types.INVALID_DATA,
    message: typeof message === "string" && VIETNAMESE.test(message) ? message : known.message,
  }
}

/**
 * The API's last word on every failed request. Medusa's default handler answers English, sometimes with
 * internal ids, and a 500 for a malformed path; this one answers every refusal with a `code` (also sent
 * as the HTTP reason phrase, which the JS SDK's FetchError keeps as `statusText`) and a Vietnamese sentence.
 */
export function apiErrorHandler() {
  return (error: unknown, req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) => {
    const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
    const { status, body } = describeError(error)
    if (status >= 500) logger.error(error as Error)
    else logger.info(`${status} ${req.method} ${req.originalUrl.slice(0, 200)}: ${body.code}`)
    res.statusMessage = body.code
    res.status(status).json(body)
  }
}
