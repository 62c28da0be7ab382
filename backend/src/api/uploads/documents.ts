import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import sharp from "sharp"
import { ERROR_CODES, MAX_DOCUMENT_BYTES } from "@ocop/contracts"
import { isImageFormat, storedPdfName } from "../../utils/uploads"
import { quotedName, refuse, type StorableImage, storableImage } from "./images"

/** How every PDF begins (ISO 32000-1, 7.5.2); anything else named .pdf is not one. */
const PDF_HEADER = Buffer.from("%PDF-")

type Received = { originalname: string; buffer: Buffer }

const receive = multer({
  storage: multer.memoryStorage(),
  // One file of at most 10 MB: a scanned TCCS runs to a few pages.
  limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 },
  defParamCharset: "utf8",
}).single("file")

/** Multipart: one `file` and the text fields beside it (validated next); multer's refusals become Vietnamese 400s. */
export function receiveDocument(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req, res, (error: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    if (code === "LIMIT_FILE_SIZE") return next(refuse(ERROR_CODES.UPLOAD_TOO_LARGE, "Tệp nặng hơn 10 MB; hãy gửi tệp nhỏ hơn."))
    if (code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE") {
      return next(refuse(ERROR_CODES.UPLOAD_TOO_MANY_FILES, 'Gửi đúng một tệp trong trường "file".'))
    }
    next(refuse(ERROR_CODES.UPLOAD_UNREADABLE, "Không đọc được tệp tải lên; hãy gửi lại."))
  })
}

/** The file multer put on the request, if any. */
export const receivedFile = (req: MedusaRequest): Received | undefined => (req as { file?: Received }).file

/**
 * A document as it is stored: a PDF as it came (by its bytes, never its name or declared type), under a
 * name the server gives, served only as a download (servedFile); a picture (a photographed page)
 * re-encoded as every picture is. Anything else is refused.
 */
export async function storableDocument(file: Received | undefined): Promise<StorableImage> {
  if (!file?.buffer.length) throw refuse(ERROR_CODES.UPLOAD_NO_FILE, "Chọn tệp PDF hoặc ảnh của tài liệu để tải lên.")
  if (file.buffer.subarray(0, PDF_HEADER.length).equals(PDF_HEADER)) {
    return { filename: storedPdfName(), mimeType: "application/pdf", content: file.buffer }
  }
  const meta = await sharp(file.buffer)
    .metadata()
    .catch(() => null)
  if (isImageFormat(meta?.format)) return storableImage(file)
  throw refuse(
    ERROR_CODES.UPLOAD_NOT_DOCUMENT,
    `"${quotedName(file.originalname)}" không phải tệp PDF hay ảnh JPEG, PNG, WebP: chỉ nhận các loại tệp này.`
  )
}
