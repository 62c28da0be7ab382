import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import sharp from "sharp"
import { ERROR_CODES } from "@ocop/contracts"
import { IMAGE_FORMATS, isImageFormat, storedImageName, type ImageFormat } from "../../utils/uploads"

/** What one upload may hold: files of at most 5 MB and 40 megapixels; stored at most 2000 px on a side. */
export const IMAGE_LIMITS = { bytes: 5 * 1024 * 1024, pixels: 40_000_000, side: 2000, files: 10 } as const

export const refuse = (code: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message, code)

/** A file's name as a message quotes it: no control characters, at most 60 characters. */
export function quotedName(name: string): string {
  const chars = [...name.replace(/[\u0000-\u001f\u007f-\u009f]/g, "")]
  if (!chars.length) return "(không tên)"
  return chars.length > 60 ? `${chars.slice(0, 59).join("")}…` : chars.join("")
}

type Received = { originalname: string; buffer: Buffer }
type Receiving = { receivingFile?: string }

const receive = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: IMAGE_LIMITS.bytes, files: IMAGE_LIMITS.files },
  // Browsers send file names as UTF-8 (Vietnamese names), multer would read them as Latin-1.
  defParamCharset: "utf8",
  // Multer's size refusal does not say which file: files arrive one after another, it is the last announced.
  fileFilter: (req, file, accept) => {
    ;(req as Receiving).receivingFile = file.originalname
    accept(null, true)
  },
}).array("files")

/** The files multer put on the request: `.array("files")` (ours and Medusa Admin's) gives a list, never `.fields()`'s map. */
export const receivedFiles = (req: MedusaRequest) => (Array.isArray(req.files) ? req.files : [])

/** Multipart `files`, at most 10 of at most 5 MB each; multer's refusals become Vietnamese 400s. */
export function receiveImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req, res, (error: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    if (code === "LIMIT_FILE_SIZE") {
      const name = quotedName((req as Receiving).receivingFile ?? "")
      return next(refuse(ERROR_CODES.UPLOAD_TOO_LARGE, `Ảnh "${name}" nặng hơn 5 MB; hãy chọn ảnh nhỏ hơn.`))
    }
    if (code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE") {
      return next(refuse(ERROR_CODES.UPLOAD_TOO_MANY_FILES, `Gửi tối đa ${IMAGE_LIMITS.files} ảnh trong trường "files".`))
    }
    next(refuse(ERROR_CODES.UPLOAD_UNREADABLE, "Không đọc được tệp tải lên; hãy gửi lại."))
  })
}

/** Quality for the lossy formats; PNG stays lossless (a quality would turn it into a palette). */
const ENCODING: Record<ImageFormat, sharp.JpegOptions | sharp.PngOptions | sharp.WebpOptions> = {
  jpeg: { quality: 85, mozjpeg: true },
  png: {},
  webp: { quality: 85 },
}

export type StorableImage = { filename: string; mimeType: string; content: Buffer }

/**
 * A picture as it is stored: decoded and drawn again by sharp, so only its pixels survive: no EXIF
 * (GPS position, camera), no text chunks, nothing after the image's end (an HTML page glued to a PNG).
 * Turned upright from its EXIF orientation, shrunk to fit 2000×2000, in the format it came in, under
 * a name the server gives. Trusts the bytes, never the name or the declared type.
 */
export async function storableImage(file: Received): Promise<StorableImage> {
  const name = quotedName(file.originalname)
  if (file.buffer.length > IMAGE_LIMITS.bytes) {
    throw refuse(ERROR_CODES.UPLOAD_TOO_LARGE, `Ảnh "${name}" nặng hơn 5 MB; hãy chọn ảnh nhỏ hơn.`)
  }
  const meta = await sharp(file.buffer)
    .metadata()
    .catch(() => null)
  if (!isImageFormat(meta?.format)) {
    throw refuse(
      ERROR_CODES.UPLOAD_NOT_IMAGE,
      `"${name}" không phải ảnh JPEG, PNG hoặc WebP: chỉ nhận ba loại ảnh này (không nhận SVG, GIF, HEIC).`
    )
  }
  const format = meta.format
  const height = meta.pageHeight ?? meta.height
  if (meta.width * height > IMAGE_LIMITS.pixels) {
    throw refuse(
      ERROR_CODES.UPLOAD_TOO_MANY_PIXELS,
      `Ảnh "${name}" có ${meta.width}×${height} điểm ảnh, vượt giới hạn 40 megapixel; hãy thu nhỏ ảnh rồi tải lên lại.`
    )
  }
  const content = await sharp(file.buffer, { limitInputPixels: IMAGE_LIMITS.pixels })
    .autoOrient()
    .resize({ width: IMAGE_LIMITS.side, height: IMAGE_LIMITS.side, fit: "inside", withoutEnlargement: true })
    .toFormat(format, ENCODING[format])
    .toBuffer()
    .catch(() => {
      throw refuse(ERROR_CODES.UPLOAD_NOT_IMAGE, `Không đọc được ảnh "${name}": tệp bị hỏng hoặc không đầy đủ.`)
    })
  return { filename: storedImageName(format), mimeType: IMAGE_FORMATS[format].contentType, content }
}

/** Every file of an upload as it is stored, one after another (each decode may take 160 MB); or the first refusal. */
export async function storableImages(files: Received[]): Promise<StorableImage[]> {
  if (!files.length) throw refuse(ERROR_CODES.UPLOAD_NO_FILE, "Chọn ít nhất một ảnh để tải lên.")
  const images: StorableImage[] = []
  for (const file of files) images.push(await storableImage(file))
  return images
}

/**
 * Medusa Admin's own upload route (product media) would store what the office sends under the sender's
 * name. Pictures get the producers' treatment before it runs; other files (the CSV of a product import)
 * pass as they are: stored, read by the import, never served (see servedFile).
 */
export async function officePicturesAsStored(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  for (const file of receivedFiles(req)) {
    if (!file.mimetype?.startsWith("image/")) continue
    const image = await storableImage(file)
    Object.assign(file, {
      originalname: image.filename,
      mimetype: image.mimeType,
      buffer: image.content,
      size: image.content.length,
    })
  }
  next()
}
