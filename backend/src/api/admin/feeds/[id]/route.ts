import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FEED_MODULE } from "../../../../modules/feed"
import type FeedModuleService from "../../../../modules/feed/service"
import { updateFeedWorkflow } from "../../../../workflows/feeds/update-feed"
import { shapeFeed } from "../shape"
import type { UpdateFeedBody } from "@ocop/contracts/schemas"

/** The feed with its last 20 runs. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const feeds = req.scope.resolve<FeedModuleService>(FEED_MODULE)
  const feed = await feeds.retrieveFeed(req.params.id).catch(() => {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy nguồn cấp dữ liệu này.")
  })
  const runs = await feeds.listFeedRuns({ feed_id: feed.id }, { order: { started_at: "DESC" }, take: 20 })
  res.json({ feed: shapeFeed(feed, runs) })
}

/** Edits filters, format, UTM or state; `rotate_token: true` gives the feed a new secret URL. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateFeedBody>, res: MedusaResponse) => {
  const { result } = await updateFeedWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ feed: shapeFeed(result) })
}
