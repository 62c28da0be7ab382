import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../modules/feed"
import { CHANNEL_FORMATS } from "../../modules/feed/formats"
import type FeedModuleService from "../../modules/feed/service"
import { newFeedToken } from "../../modules/feed/serving"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import type { FeedSpec } from "./generate-feed"

/** A feed as the marketer describes it: what a file is written from, and whether it is served. */
export type FeedInput = FeedSpec & { active?: boolean }


const feedsOf = (container: MedusaContainer) => container.resolve<FeedModuleService>(FEED_MODULE)

/**
 * Refuses, naming them, filters that would silently match nothing: provinces and producers no
 * approved producer has, and a format the channel does not read.
 */
async function assertFeedMakesSense(container: MedusaContainer, input: Partial<FeedInput>) {
  if (input.channel && input.format && !CHANNEL_FORMATS[input.channel].includes(input.format)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Kênh ${input.channel} không nhận tệp ${input.format.toUpperCase()}: chọn ${CHANNEL_FORMATS[input.channel].map((f) => f.toUpperCase()).join(" hoặc ")}.`
    )
  }
  const filters = input.filters
  if (!filters?.provinces?.length && !filters?.producers?.length) return
  const producers = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ status: "approved" }, { select: ["handle", "province"] })
  const provinces = new Set(producers.map((p) => p.province))
  const handles = new Set(producers.map((p) => p.handle))
  const unknownProvinces = (filters.provinces ?? []).filter((province) => !provinces.has(province))
  if (unknownProvinces.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không có nhà sản xuất OCOP nào ở: ${unknownProvinces.join(", ")}. Kiểm tra lại tên tỉnh/thành phố.`)
  }
  const unknownProducers = (filters.producers ?? []).filter((handle) => !handles.has(handle))
  if (unknownProducers.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không tìm thấy nhà sản xuất: ${unknownProducers.join(", ")}.`)
  }
}

const createFeedStep = createStep(
  "create-feed",
  async (input: FeedInput, { container }) => {
    await assertFeedMakesSense(container, input)
    const feed = await feedsOf(container).createFeeds({ ...input, token: newFeedToken() })
    return new StepResponse(feed, feed.id)
  },
  async (id, { container }) => {
    if (id) await feedsOf(container).deleteFeeds(id)
  }
)

export const createFeedWorkflow = createWorkflow("create-feed", (input: FeedInput) => new WorkflowResponse(createFeedStep(input)))

const updateFeedStep = createStep(
  "update-feed",
  async (input: Partial<FeedInput> & { id: string; rotate_token?: boolean }, { container }) => {
    const feeds = feedsOf(container)
    const before = await feeds.retrieveFeed(input.id).catch(() => null)
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy nguồn cấp dữ liệu này.")
    const { rotate_token, ...changes } = input
    await assertFeedMakesSense(container, { ...before, ...changes } as Partial<FeedInput>)
    const feed = await feeds.updateFeeds({ ...changes, ...(rotate_token && { token: newFeedToken() }) })
    const { id, name, channel, format, filters, utm_source, utm_medium, utm_campaign, token, active } = before
    return new StepResponse(feed, { id, name, channel, format, filters, utm_source, utm_medium, utm_campaign, token, active })
  },
  async (before, { container }) => {
    if (before) await feedsOf(container).updateFeeds(before)
  }
)

/** Changes a feed's filters, format or UTM; `rotate_token` gives it a new secret URL (the old one stops at once). */
export const updateFeedWorkflow = createWorkflow(
  "update-feed",
  (input: Partial<FeedInput> & { id: string; rotate_token?: boolean }) => new WorkflowResponse(updateFeedStep(input))
)
