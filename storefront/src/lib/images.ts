/**
 * The backend's own uploads are the only pictures the storefront's image optimizer (`/_next/image`,
 * allowed in next.config.ts) may fetch: those go to the browser resized to the slot they fill, as
 * WebP, from the storefront's origin. Any other address a producer gave is shown as it is.
 */
export const UPLOADS_PATH = "/uploads/"

/** Whether `src` is a picture the backend at `backend` serves from its uploads. */
export function isBackendUpload(src: string, backend: string): boolean {
  try {
    const url = new URL(src)
    return url.origin === new URL(backend).origin && url.pathname.startsWith(UPLOADS_PATH)
  } catch {
    return false
  }
}
