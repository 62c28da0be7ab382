/**
 * The pictures the marketplace stored are the only ones the storefront's image optimizer (`/_next/image`,
 * allowed in next.config.ts) may fetch: the backend's own uploads, or, when the backend keeps files in an
 * S3 bucket, the pictures at that bucket's public address (S3_FILE_URL). Those go to the browser resized
 * to the slot they fill, as WebP, from the storefront's origin. Any other address a producer gave is
 * shown as it is.
 */
export const UPLOADS_PATH = "/uploads/"

/** Whether `src` is a picture the backend at `backend` serves from its uploads, or one in the bucket at `fileUrl`. */
export function isStoredPicture(src: string, backend: string, fileUrl?: string): boolean {
  try {
    const url = new URL(src)
    if (url.origin === new URL(backend).origin && url.pathname.startsWith(UPLOADS_PATH)) return true
    if (!fileUrl) return false
    const files = new URL(fileUrl)
    return url.origin === files.origin && url.pathname.startsWith(`${files.pathname.replace(/\/+$/, "")}/`)
  } catch {
    return false
  }
}
