import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FEED_MODULE } from "../../../modules/feed"
import type FeedModuleService from "../../../modules/feed/service"
import { createFeedWorkflow } from "../../../workflows/feeds/create-feed"
import { shapeFeed } from "./shape"
import type { FeedBody } from "@ocop/contracts/schemas"

/** Every feed with its last run. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const feeds = req.scope.resolve<FeedModuleService>(FEED_MODULE)
  const list = await feeds.listFeeds({}, { order: { created_at: "DESC" } })
  const runs = await Promise.all(
    list.map((feed) => feeds.listFeedRuns({ feed_id: feed.id }, { order: { started_at: "DESC" }, take: 1 }))
  )
  res.json({ feeds: list.map((feed, i) => shapeFeed(feed, runs[i])) })
}

export const POST = async (req: AuthenticatedMedusaRequest<FeedBody>, res: MedusaResponse) => {
  const { result } = await createFeedWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ feed: shapeFeed(result) })
}
