import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ServedFile } from "../../utils/uploads"

const NOT_FOUND = "Không có tệp nào ở địa chỉ này."

const sizeOf = (file: string) =>
  stat(file).then(
    (found) => (found.isFile() ? found.size : null),
    () => null
  )

/**
 * Sends a stored upload only as the type the server gave it: with nosniff and a policy that lets nothing
 * in it run, so no upload can act as a page of this origin. A public picture's or PDF's name is random
 * and its bytes never change: browsers keep it for a year. No file (or no name the server gave): 404.
 */
export async function sendStoredFile(res: MedusaResponse, served: ServedFile | null, name: string) {
  const size = served ? await sizeOf(served.file) : null
  if (!served || size === null) throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)

  res.setHeader("Content-Type", served.contentType)
  res.setHeader("Content-Length", String(size))
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  if (served.download) res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Cache-Control", served.private ? "private, no-store" : "public, max-age=31536000, immutable")
  createReadStream(served.file)
    .on("error", () => res.destroy())
    .pipe(res)
}
