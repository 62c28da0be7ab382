// Pictures a producer uploads (product images, logo). The backend decides (JPEG, PNG or WebP, at
// most 5 MB and 40 megapixels each; it re-encodes them) and says why it refuses; this check only
// spares a slow upload that would fail.

export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
/** Per form submission: the server actions' body limit (next.config.ts) is sized for this many. */
export const MAX_IMAGES_PER_UPLOAD = 8

type FileLike = { name: string; type: string; size: number }

/**
 * The files actually chosen: a file input left empty still submits one empty file (named "" by the
 * browser, "undefined" once it has gone through a server action). An empty file is no picture either.
 */
export function chosenFiles<F extends FileLike>(files: Iterable<F | string>): F[] {
  return [...files].filter((file): file is F => typeof file !== "string" && file.size > 0)
}

/** Why these files would be refused, in Vietnamese, naming the first offending one; null when fine. */
export function imageProblem(files: FileLike[]): string | null {
  if (files.length > MAX_IMAGES_PER_UPLOAD)
    return `Mỗi lần chỉ tải lên tối đa ${MAX_IMAGES_PER_UPLOAD} ảnh; bạn đã chọn ${files.length} ảnh.`
  for (const file of files) {
    if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return `Tệp "${file.name}" không phải ảnh JPEG, PNG hoặc WebP.`
    if (file.size > MAX_IMAGE_BYTES) return `Ảnh "${file.name}" nặng ${megabytes(file.size)} MB, vượt quá giới hạn 5 MB.`
  }
  return null
}

/** 5452595 → "5,2" (one decimal, Vietnamese comma). */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toLocaleString("vi-VN")
}
