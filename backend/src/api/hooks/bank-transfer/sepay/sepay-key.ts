import { createHash, timingSafeEqual } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/contracts"
import { sepayWebhookKey } from "../../../../modules/reconciliation/webhook-key"

const digest = (text: string) => createHash("sha256").update(text).digest()

/**
 * Only SePay, which holds the key (`Authorization: Apikey <key>`), may report a transfer: anyone else
 * could mark orders paid. Compared in constant time, over digests so the length leaks nothing either.
 * Runs before the body is validated: a stranger learns nothing about the format.
 */
export function sepayKeyRequired(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const key = sepayWebhookKey()
  if (!key)
    return next(
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Máy chủ này chưa bật nhận thông báo chuyển khoản từ SePay (SEPAY_WEBHOOK_KEY chưa được đặt).",
        ERROR_CODES.NOT_FOUND
      )
    )
  const given = /^Apikey\s+(.+)$/i.exec(req.headers.authorization?.trim() ?? "")?.[1] ?? ""
  if (!timingSafeEqual(digest(given), digest(key)))
    return next(
      new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "Khóa xác thực webhook SePay không đúng hoặc thiếu.",
        ERROR_CODES.UNAUTHORIZED
      )
    )
  next()
}
