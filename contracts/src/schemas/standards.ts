import { z } from "zod"
import { ERROR_CODES } from "../errors"
import { MAX_STANDARD_VERSION_LENGTH, STANDARD_KINDS } from "../standards"
import { calendarDate, requiredText } from "./fields"

/** A standard is published ahead of its effect at most this long: further out is a typing slip. */
const MAX_DAYS_AHEAD = 366

/**
 * The text fields of `POST /producer/products/:id/standards` (multipart, beside the `file`): which
 * document, its version as printed on it and the day it takes effect.
 */
export const PublishStandardBody = z
  .object({
    kind: z.enum(STANDARD_KINDS, { error: "Chọn loại tài liệu: tiêu chuẩn cơ sở (tccs) hoặc quy trình sản xuất (process)." }),
    version: requiredText(
      "Nhập số hiệu phiên bản in trên tài liệu (ví dụ TCCS 01:2026/HTX).",
      "Số hiệu phiên bản",
      MAX_STANDARD_VERSION_LENGTH
    ),
    effective_on: calendarDate("Ngày hiệu lực", "vietnam"),
  })
  .refine((body) => body.effective_on.getTime() <= Date.now() + MAX_DAYS_AHEAD * 24 * 60 * 60 * 1000, {
    message: "Ngày hiệu lực không được xa hơn một năm kể từ hôm nay.",
    path: ["effective_on"],
    params: { code: ERROR_CODES.INVALID_DATE },
  })
export type PublishStandardBody = z.infer<typeof PublishStandardBody>
