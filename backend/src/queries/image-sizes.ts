import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { FEED_MODULE } from "../modules/feed"
import type FeedModuleService from "../modules/feed/service"
import { servedFile, UPLOADS_PATH } from "../utils/uploads"

export type ImageSize = { width: number; height: number }

/**
 * Where a picture the File Module stored locally lives on disk (its URL path is /uploads/<name>, or
 * /static/<path> for pictures stored before), or null for pictures elsewhere, whose size is not known here.
 */
function localFile(url: string): string | null {
  try {
    const { pathname } = new URL(url, "http://localhost")
    if (pathname.startsWith(`${UPLOADS_PATH}/`)) return servedFile(pathname.slice(UPLOADS_PATH.length + 1))?.file ?? null
    if (!pathname.startsWith("/static/")) return null
    const root = path.resolve("static")
    const file = path.resolve(root, decodeURIComponent(pathname.slice("/static/".length)))
    return file.startsWith(root + path.sep) ? file : null
  } catch {
    return null
  }
}

/**
 * The pixel sizes of these pictures: remembered ones from the feed module, new local ones read from
 * their header once and remembered. Pictures that cannot be read are left out (no warning is better
 * than a wrong one).
 */
export async function imageSizes(container: MedusaContainer, urls: string[]): Promise<Map<string, ImageSize>> {
  const feeds = container.resolve<FeedModuleService>(FEED_MODULE)
  const wanted = [...new Set(urls)]
  if (!wanted.length) return new Map()
  const known = await feeds.listFeedImages({ url: wanted }, { select: ["url", "width", "height"], take: null })
  const sizes = new Map(known.map((image) => [image.url, { width: image.width, height: image.height }]))
  const unmeasured = wanted.flatMap((url) => {
    const file = sizes.has(url) ? null : localFile(url)
    return file ? [{ url, file }] : []
  })
  if (!unmeasured.length) return sizes
  // libvips (~11 MB resident) is loaded only when a new picture must be measured.
  const { default: sharp } = await import("sharp")
  const read: { url: string; width: number; height: number }[] = []
  for (const { url, file } of unmeasured) {
    const meta = await sharp(file)
      .metadata()
      .catch(() => null)
    if (!meta?.width || !meta.height) continue
    sizes.set(url, { width: meta.width, height: meta.height })
    read.push({ url, width: meta.width, height: meta.height })
  }
  if (read.length) await feeds.createFeedImages(read)
  return sizes
}
