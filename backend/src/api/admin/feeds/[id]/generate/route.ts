import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateFeedWorkflow } from "../../../../../workflows/feeds/generate-feed"
import { shapeRun } from "../../shape"

/** "Tạo lại ngay": a run now, answered when its file is written. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await generateFeedWorkflow(req.scope).run({ input: { feed_id: req.params.id, trigger: "manual" } })
  res.status(201).json({ run: shapeRun(result) })
}
