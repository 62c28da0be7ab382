import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { FEED_MODULE } from "../modules/feed"
import type FeedModuleService from "../modules/feed/service"
import { storedPictureKey } from "../utils/uploads"

export type ImageSize = { width: number; height: number }

/** Pictures stored before uploads left static/ (/static/<path>) are read from there, the rest through the File Module. */
function legacyStaticFile(url: string): string | null {
  try {
    const { pathname } = new URL(url, "http://localhost")
    if (!pathname.startsWith("/static/")) return null
    const root = path.resolve("static")
    const file = path.resolve(root, decodeURIComponent(pathname.slice("/static/".length)))
    return file.startsWith(root + path.sep) ? file : null
  } catch {
    return null
  }
}

/** A picture's bytes (a stored one from the bucket or the disk) or path, or null for pictures elsewhere, whose size is not known here. */
async function pictureSource(container: MedusaContainer, url: string): Promise<Buffer | string | null> {
  const key = storedPictureKey(url)
  if (key)
    return container
      .resolve(Modules.FILE)
      .getAsBuffer(key)
      .catch(() => null)
  return legacyStaticFile(url)
}

/**
 * The pixel sizes of these pictures: remembered ones from the feed module, new stored ones read from
 * their header once and remembered. Pictures that cannot be read are left out (no warning is better
 * than a wrong one).
 */
export async function imageSizes(container: MedusaContainer, urls: string[]): Promise<Map<string, ImageSize>> {
  const feeds = container.resolve<FeedModuleService>(FEED_MODULE)
  const wanted = [...new Set(urls)]
  if (!wanted.length) return new Map()
  const known = await feeds.listFeedImages({ url: wanted }, { select: ["url", "width", "height"], take: null })
  const sizes = new Map(known.map((image) => [image.url, { width: image.width, height: image.height }]))
  const unmeasured = wanted.filter((url) => !sizes.has(url))
  if (!unmeasured.length) return sizes
  // libvips (~11 MB resident) is loaded only when a new picture must be measured.
  let sharp: typeof import("sharp") | undefined
  const read: { url: string; width: number; height: number }[] = []
  for (const url of unmeasured) {
    const source = await pictureSource(container, url)
    if (!source) continue
    sharp ??= (await import("sharp")).default
    const meta = await sharp(source)
      .metadata()
      .catch(() => null)
    if (!meta?.width || !meta.height) continue
    sizes.set(url, { width: meta.width, height: meta.height })
    read.push({ url, width: meta.width, height: meta.height })
  }
  if (read.length) await feeds.createFeedImages(read)
  return sizes
}
