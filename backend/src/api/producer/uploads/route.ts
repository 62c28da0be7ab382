import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { producerForWrite } from "../context"
import { checkImages } from "./images"

/** Product pictures and logos, stored through the File Module; answers their public URLs. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  const images = await checkImages(((req as any).files ?? []) as { originalname: string; buffer: Buffer }[])
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: images.map((image) => ({
        filename: `producers/${producer.id}/${image.filename}`,
        mimeType: image.mimeType,
        content: image.content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.json({ files: result.map((file) => ({ url: file.url })) })
}
