import { randomBytes } from "node:crypto"
import { keyPrefix, s3Storage, UPLOADS_PATH } from "./file-storage"

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

/*
 * The names below are File Module keys without keyPrefix(). The local provider puts the upload time (ms)
 * and a dash before the name it is given, and `private-` before that for a private file; the S3 provider
 * puts a dash and a ULID after it (before the extension), whatever the access. The local form is
 * recognised whichever provider runs, so files copied from the disk into a bucket keep being served; the
 * S3 form only where the name alone need not tell a private file from a public one.
 */
/** A name storedImageName gave, as the local provider stores it (public). */
const STORED_IMAGE = /^(?:\d{1,16}-)?[0-9a-f]{32}\.(jpg|png|webp)$/
/** A name storedPdfName gave, as the local provider stores it (public). */
const STORED_PDF = /^(?:\d{1,16}-)?[0-9a-f]{32}\.pdf$/
/** A picture or PDF as the S3 provider stores it. Public and private look alike: its bucket's ACL tells them apart. */
const S3_STORED = /^[0-9a-f]{32}-[0-9A-HJKMNP-TV-Z]{26}\.(jpg|png|webp|pdf)$/
/**
 * Inspection evidence (photos, PDFs): stored private, so the local provider puts `private-` and the upload
 * time before the name storedImageName or storedPdfName gave. GET /uploads/:name never serves it.
 */
const EVIDENCE = /^private-\d{1,16}-[0-9a-f]{32}\.(jpg|png|webp|pdf)$/
/** What Medusa itself writes as a private file: the office's product, order and inventory exports. */
const OFFICE_EXPORT = /^private-\d{1,16}-[A-Za-z0-9._-]{1,100}\.csv$/

/** `download`: sent as an attachment, not shown in the browser; `private`: never kept by a cache. */
export type ServedFile = { key: string; contentType: string; download: boolean; private: boolean }

/** The File Module key of a name in a URL. */
const keyOf = (name: string) => `${keyPrefix()}${name}`

/** The name a File Module key goes by in URLs: the key without keyPrefix(). */
export const storedName = (key: string) => key.slice(keyPrefix().length)

const pictureType = (extension: string) => Object.values(IMAGE_FORMATS).find((f) => f.extension === extension)?.contentType

/**
 * The file a name under /uploads stands for, with the only type it is sent as; null for any other name,
 * so a file the server did not name (a spreadsheet the office imports, whatever an old version kept)
 * is never served. Only the local provider's names: its public URLs are /uploads ones, while the S3
 * provider's are the bucket's own (S3_FILE_URL), and its private files look like its public ones.
 */
export function servedFile(name: string): ServedFile | null {
  const picture = STORED_IMAGE.exec(name)
  if (picture) return { key: keyOf(name), contentType: pictureType(picture[1])!, download: false, private: false }
  // A PDF may carry scripts and forms: downloaded and opened by the reader's own viewer, never shown
  // as a document of this origin. Public, as the standards it holds are published.
  if (STORED_PDF.test(name)) return { key: keyOf(name), contentType: "application/pdf", download: true, private: false }
  if (OFFICE_EXPORT.test(name)) return { key: keyOf(name), contentType: "text/csv; charset=utf-8", download: true, private: true }
  return null
}

export const isOfficeExport = (name: string) => OFFICE_EXPORT.test(name)

/**
 * The evidence file a name stands for, or null: served only through the inspection routes, to the
 * office and to the inspected producer, never kept by a cache. A PDF is downloaded, as on /uploads.
 */
export function evidenceFile(name: string): ServedFile | null {
  const extension = (EVIDENCE.exec(name) ?? S3_STORED.exec(name))?.[1]
  if (!extension) return null
  const contentType = pictureType(extension)
  return { key: keyOf(name), contentType: contentType ?? "application/pdf", download: !contentType, private: true }
}

/**
 * The File Module key of a picture this marketplace stored, from its public URL: an /uploads one (the
 * local provider's, on any host) or one under S3_FILE_URL. Null for any other address.
 */
export function storedPictureKey(url: string): string | null {
  const s3FileUrl = s3Storage()?.file_url
  try {
    if (s3FileUrl && url.startsWith(`${s3FileUrl}/`)) {
      const key = decodeURIComponent(url.slice(s3FileUrl.length + 1))
      const extension = key.startsWith(keyPrefix()) ? S3_STORED.exec(storedName(key))?.[1] : undefined
      return extension && pictureType(extension) ? key : null
    }
    const { pathname } = new URL(url, "http://localhost")
    if (!pathname.startsWith(`${UPLOADS_PATH}/`)) return null
    const served = servedFile(pathname.slice(UPLOADS_PATH.length + 1))
    return served && !served.download ? served.key : null
  } catch {
    return null
  }
}
