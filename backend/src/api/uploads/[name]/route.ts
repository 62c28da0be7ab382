import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { servedFile } from "../../../utils/uploads"
import { sendStoredFile } from "../send-file"

/** Uploaded pictures and PDFs (and, for the office, its exports), each as the type the server gave it. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  await sendStoredFile(req, res, servedFile(req.params.name), req.params.name)
}
