import type { MedusaRequest } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { storedName } from "../../utils/uploads"
import { receivedFile, storableDocument } from "./documents"

/**
 * Stores one inspection evidence file: a photo or a PDF by the documents' rule (its bytes, not its name;
 * at most 10 MB; a name the server gives), kept private so that only the inspection routes serve it.
 * Answers the stored name (its key without the bucket's prefix), which a checklist item or an answer then lists.
 */
export async function storeEvidence(req: MedusaRequest): Promise<string> {
  const document = await storableDocument(receivedFile(req))
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [
        {
          filename: document.filename,
          mimeType: document.mimeType,
          content: document.content.toString("base64"),
          access: "private" as const,
        },
      ],
    },
  })
  return storedName(result[0].id)
}
