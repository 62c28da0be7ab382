import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../modules/feed"
import type FeedModuleService from "../../modules/feed/service"
import { newFeedToken } from "../../modules/feed/serving"
import { assertFeedMakesSense, type FeedInput } from "./feed-input"

const updateFeedStep = createStep(
  "update-feed",
  async (input: Partial<FeedInput> & { id: string; rotate_token?: boolean }, { container }) => {
    const feeds = container.resolve<FeedModuleService>(FEED_MODULE)
    const before = await feeds.retrieveFeed(input.id).catch(() => null)
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy nguồn cấp dữ liệu này.")
    const { rotate_token, ...changes } = input
    await assertFeedMakesSense(container, { ...before, ...changes } as Partial<FeedInput>)
    const feed = await feeds.updateFeeds({ ...changes, ...(rotate_token && { token: newFeedToken() }) })
    const { id, name, channel, format, filters, utm_source, utm_medium, utm_campaign, token, active } = before
    return new StepResponse(feed, { id, name, channel, format, filters, utm_source, utm_medium, utm_campaign, token, active })
  },
  async (before, { container }) => {
    if (before) await container.resolve<FeedModuleService>(FEED_MODULE).updateFeeds(before)
  }
)

/** Changes a feed's filters, format or UTM; `rotate_token` gives it a new secret URL (the old one stops at once). */
export const updateFeedWorkflow = createWorkflow(
  "update-feed",
  (input: Partial<FeedInput> & { id: string; rotate_token?: boolean }) => new WorkflowResponse(updateFeedStep(input))
)
