import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { openStoredFile } from "../../queries/stored-files"
import type { ServedFile } from "../../utils/uploads"

const NOT_FOUND = "Không có tệp nào ở địa chỉ này."

/**
 * Sends a stored upload, streamed from the File Module (this disk or the bucket), only as the type the
 * server gave it: with nosniff and a policy that lets nothing in it run, so no upload can act as a page of
 * this origin. A public picture's or PDF's name is random and its bytes never change: browsers keep it for
 * a year. No file (or no name the server gave): 404.
 */
export async function sendStoredFile(req: MedusaRequest, res: MedusaResponse, served: ServedFile | null, name: string) {
  const stream = served ? await openStoredFile(req.scope, served.key) : null
  if (!served || !stream) throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)

  res.setHeader("Content-Type", served.contentType)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  if (served.download) res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Cache-Control", served.private ? "private, no-store" : "public, max-age=31536000, immutable")
  stream.on("error", () => res.destroy()).pipe(res)
}
