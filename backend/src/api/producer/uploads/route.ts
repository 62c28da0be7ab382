import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { receivedFiles, storableImages } from "../../uploads/images"
import { producerForWrite } from "../context"

/**
 * Product pictures and logos, re-encoded and named by the server (src/api/uploads/images.ts), stored
 * through the File Module; answers their public URLs (GET /uploads/:name, or the bucket's when S3_* is set).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await producerForWrite(req)
  const images = await storableImages(receivedFiles(req))
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: images.map((image) => ({
        filename: image.filename,
        mimeType: image.mimeType,
        content: image.content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.json({ files: result.map((file) => ({ url: file.url })) })
}
