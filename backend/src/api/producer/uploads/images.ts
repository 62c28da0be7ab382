import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import sharp from "sharp"

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
const MAX_FILES = 10
const FORMATS: Record<string, string> = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp", gif: "image/gif" }

const receive = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_FILES } }).array("files")

/** Multipart `files`, at most 10 of at most 5 MB each; multer's refusals become Vietnamese 400s. */
export function receiveImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req as any, res as any, (error: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    const message =
      code === "LIMIT_FILE_SIZE"
        ? "Ảnh vượt quá 5 MB; hãy chọn ảnh nhỏ hơn."
        : code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE"
          ? `Gửi tối đa ${MAX_FILES} ảnh trong trường "files".`
          : "Không đọc được tệp tải lên."
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}

export type CheckedImage = { filename: string; mimeType: string; content: Buffer }

/**
 * Trusts the bytes, not the name or the declared type: sharp must read the file as a JPEG, PNG,
 * WebP or GIF picture, or the whole upload is refused naming the file.
 */
export async function checkImages(files: { originalname: string; buffer: Buffer }[]): Promise<CheckedImage[]> {
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Chọn ít nhất một ảnh để tải lên.")
  return Promise.all(
    files.map(async (file) => {
      const format = await sharp(file.buffer)
        .metadata()
        .then((meta) => meta.format)
        .catch(() => undefined)
      const mimeType = format && FORMATS[format]
      if (!mimeType) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${file.originalname}" không phải ảnh JPEG, PNG, WebP hoặc GIF.`)
      }
      return { filename: file.originalname, mimeType, content: file.buffer }
    })
  )
}
