import { randomBytes } from "node:crypto"
import path from "node:path"

/**
 * Where the File Module keeps uploaded files: outside `static/`, which Medusa serves as whatever type a
 * file's name claims (a picture named x.html would be a page of this origin, next to Medusa Admin).
 * GET /uploads/:name (src/api/uploads/[name]/route.ts) serves them instead. Kept across builds:
 * pnpm start sets UPLOADS_DIR under .data.
 */
export const uploadsDir = () => path.resolve(process.env.UPLOADS_DIR ?? "uploads")

/** The URL path the local file provider puts before a file's name. */
export const UPLOADS_PATH = "/uploads"

/** The picture formats stored, by sharp's name for them, with the extension and type they are served with. */
export const IMAGE_FORMATS = {
  jpeg: { extension: "jpg", contentType: "image/jpeg" },
  png: { extension: "png", contentType: "image/png" },
  webp: { extension: "webp", contentType: "image/webp" },
} as const
export type ImageFormat = keyof typeof IMAGE_FORMATS

export const isImageFormat = (format: string | undefined): format is ImageFormat => !!format && format in IMAGE_FORMATS

/** A stored picture's name: 128 random bits and its format's extension. The uploader's name is never used. */
export const storedImageName = (format: ImageFormat) => `${randomBytes(16).toString("hex")}.${IMAGE_FORMATS[format].extension}`

/** A stored PDF's name (a published standard's document): 128 random bits, as a picture's. */
export const storedPdfName = () => `${randomBytes(16).toString("hex")}.pdf`

/** A name storedImageName gave; the local file provider puts the upload time (ms) and a dash before it. */
const STORED_IMAGE = /^(?:\d{1,16}-)?[0-9a-f]{32}\.(jpg|png|webp)$/
/** A name storedPdfName gave, with the same optional prefix. */
const STORED_PDF = /^(?:\d{1,16}-)?[0-9a-f]{32}\.pdf$/
/**
 * Inspection evidence (photos, PDFs): stored private, so the File Module puts `private-` and the upload
 * time before the name storedImageName or storedPdfName gave. GET /uploads/:name never serves it.
 */
const EVIDENCE = /^private-\d{1,16}-[0-9a-f]{32}\.(jpg|png|webp|pdf)$/
/** What Medusa itself writes as a private file: the office's product, order and inventory exports. */
const OFFICE_EXPORT = /^private-\d{1,16}-[A-Za-z0-9._-]{1,100}\.csv$/

/** `download`: sent as an attachment, not shown in the browser; `private`: never kept by a cache. */
export type ServedFile = { file: string; contentType: string; download: boolean; private: boolean }

/**
 * The file a name under /uploads stands for, with the only type it is sent as; null for any other name,
 * so a file the server did not name (a spreadsheet the office imports, whatever an old version kept)
 * is never served.
 */
export function servedFile(name: string): ServedFile | null {
  const picture = STORED_IMAGE.exec(name)
  if (picture) {
    const format = Object.values(IMAGE_FORMATS).find((f) => f.extension === picture[1])!
    return { file: path.join(uploadsDir(), name), contentType: format.contentType, download: false, private: false }
  }
  // A PDF may carry scripts and forms: downloaded and opened by the reader's own viewer, never shown
  // as a document of this origin. Public, as the standards it holds are published.
  if (STORED_PDF.test(name))
    return { file: path.join(uploadsDir(), name), contentType: "application/pdf", download: true, private: false }
  if (OFFICE_EXPORT.test(name))
    return { file: path.join(uploadsDir(), name), contentType: "text/csv; charset=utf-8", download: true, private: true }
  return null
}

export const isOfficeExport = (name: string) => OFFICE_EXPORT.test(name)

/**
 * The evidence file a name stands for, or null: served only through the inspection routes, to the
 * office and to the inspected producer, never kept by a cache. A PDF is downloaded, as on /uploads.
 */
export function evidenceFile(name: string): ServedFile | null {
  const evidence = EVIDENCE.exec(name)
  if (!evidence) return null
  const format = Object.values(IMAGE_FORMATS).find((f) => f.extension === evidence[1])
  return {
    file: path.join(uploadsDir(), name),
    contentType: format?.contentType ?? "application/pdf",
    download: !format,
    private: true,
  }
}
