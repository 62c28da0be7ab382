import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { servedFile } from "../../../utils/uploads"

const NOT_FOUND = "Không có tệp nào ở địa chỉ này."

const sizeOf = (file: string) =>
  stat(file).then(
    (found) => (found.isFile() ? found.size : null),
    () => null
  )

/**
 * Uploaded pictures and PDFs (and, for the office, its exports), each sent only as the type the server gave it:
 * with nosniff and a policy that lets nothing in it run, so no upload can act as a page of this origin.
 * A picture's or PDF's name is random and its bytes never change: browsers keep it for a year.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const served = servedFile(req.params.name)
  const size = served ? await sizeOf(served.file) : null
  if (!served || size === null) throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)

  res.setHeader("Content-Type", served.contentType)
  res.setHeader("Content-Length", String(size))
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  if (served.download) res.setHeader("Content-Disposition", `attachment; filename="${req.params.name}"`)
  res.setHeader("Cache-Control", served.private ? "private, no-store" : "public, max-age=31536000, immutable")
  createReadStream(served.file)
    .on("error", () => res.destroy())
    .pipe(res)
}
