import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../modules/feed"
import type FeedModuleService from "../../modules/feed/service"
import { newFeedToken } from "../../modules/feed/serving"
import { assertFeedMakesSense, type FeedInput } from "./feed-input"

const createFeedStep = createStep(
  "create-feed",
  async (input: FeedInput, { container }) => {
    await assertFeedMakesSense(container, input)
    const feed = await container.resolve<FeedModuleService>(FEED_MODULE).createFeeds({ ...input, token: newFeedToken() })
    return new StepResponse(feed, feed.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<FeedModuleService>(FEED_MODULE).deleteFeeds(id)
  }
)

/** A new feed, with the secret token of its URL. */
export const createFeedWorkflow = createWorkflow("create-feed", (input: FeedInput) => new WorkflowResponse(createFeedStep(input)))
