import { createHash } from "node:crypto"
import { once } from "node:events"
import { createWriteStream } from "node:fs"
import { mkdir, rename, rm } from "node:fs/promises"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../modules/feed"
import { feedItem, type FeedWarning, type FeedWarningCode } from "../../modules/feed/feed-item"
import type { FeedFilters } from "@ocop/contracts/schemas"
import { feedWriter, type FeedChannel, type FeedFormat } from "../../modules/feed/formats"
import type FeedModuleService from "../../modules/feed/service"
import { FEED_RUN_CUT_OFF_MS } from "../../modules/feed/service"
import { feedsDir } from "../../modules/feed/serving"
import { feedSources } from "../../queries/feed-sources"
import { storefrontUrl } from "../../utils/storefront-url"

/** The run keeps this many warnings to show; the counts, per kind, cover them all. */
const WARNINGS_KEPT = 500
/** Files of older runs are deleted; these last ones stay (the newest is served). */
const FILES_KEPT = 3

/** What a file is written from: a stored feed, or a one-off export's options. */
export type FeedSpec = {
  name: string
  channel: FeedChannel
  format: FeedFormat
  filters: FeedFilters
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
}

/**
 * Writes a feed file row by row as the packagings stream in, hashing as it goes (the ETag), to a
 * temporary name first: a file being served is only ever replaced by a complete one.
 */
export async function writeFeedFile(container: MedusaContainer, feed: FeedSpec, target: string, now: Date) {
  const { channel, format } = feed
  await mkdir(path.dirname(target), { recursive: true })
  const partial = `${target}.partial`
  const out = createWriteStream(partial)
  const hash = createHash("sha1")
  let bytes = 0
  const write = async (chunk: string) => {
    const buffer = Buffer.from(chunk, "utf8")
    hash.update(buffer)
    bytes += buffer.length
    if (!out.write(buffer)) await once(out, "drain")
  }

  const writer = feedWriter(channel, format, { title: `Chợ OCOP · ${feed.name}`, link: storefrontUrl() })
  const context = {
    storefrontUrl: storefrontUrl(),
    utm: { source: feed.utm_source, medium: feed.utm_medium, campaign: feed.utm_campaign },
  }
  let items = 0
  let warningCount = 0
  const counts: Partial<Record<FeedWarningCode, number>> = {}
  const first: FeedWarning[] = []
  try {
    await write(writer.header)
    for await (const sources of feedSources(container, feed.filters, now)) {
      let chunk = ""
      for (const source of sources) {
        const built = feedItem(source, context)
        chunk += writer.row(built.item)
        items++
        warningCount += built.warnings.length
        for (const warning of built.warnings) counts[warning.code] = (counts[warning.code] ?? 0) + 1
        if (first.length < WARNINGS_KEPT) first.push(...built.warnings.slice(0, WARNINGS_KEPT - first.length))
      }
      await write(chunk)
    }
    await write(writer.footer)
    out.end()
    await once(out, "finish")
    await rename(partial, target)
  } catch (error) {
    out.destroy()
    await rm(partial, { force: true })
    throw error
  }
  return { bytes, etag: `"${hash.digest("hex")}"`, items, warning_count: warningCount, warnings: { counts, first } }
}

const generateFeedStep = createStep(
  "generate-feed-file",
  async (input: { feed_id: string; trigger: "schedule" | "manual" }, { container }) => {
    const feeds = container.resolve<FeedModuleService>(FEED_MODULE)
    const feed = await feeds.retrieveFeed(input.feed_id).catch(() => null)
    if (!feed) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy nguồn cấp dữ liệu này.")
    const now = new Date()
    // One run at a time per feed; a run left "running" by a restart no longer counts.
    const [running] = await feeds.listFeedRuns(
      { feed_id: feed.id, status: "running", started_at: { $gt: new Date(now.getTime() - FEED_RUN_CUT_OFF_MS) } },
      { select: ["id"], take: 1 }
    )
    if (running) throw new MedusaError(MedusaError.Types.CONFLICT, "Nguồn cấp này đang được tạo; hãy đợi lần tạo hiện tại xong.")
    const run = await feeds.createFeedRuns({
      feed_id: feed.id,
      trigger: input.trigger,
      started_at: now,
      channel: feed.channel,
      format: feed.format,
    })
    try {
      const file = path.join(feed.id, `${run.id}.${feed.format}`)
      const spec = {
        ...feed,
        channel: feed.channel as FeedChannel,
        format: feed.format as FeedFormat,
        filters: (feed.filters ?? {}) as FeedFilters,
      }
      const written = await writeFeedFile(container, spec, path.join(feedsDir(), file), now)
      const done = await feeds.updateFeedRuns({ id: run.id, status: "succeeded", finished_at: new Date(), file, ...written })
      await pruneOldFiles(feeds, feed.id)
      return new StepResponse(done)
    } catch (error) {
      // The run stays, failed, with the reason: the marketer sees it; the last good file is still served.
      await feeds.updateFeedRuns({ id: run.id, status: "failed", finished_at: new Date(), error: (error as Error).message })
      throw error
    }
  }
)

async function pruneOldFiles(feeds: FeedModuleService, feedId: string) {
  const runs = await feeds.listFeedRuns(
    { feed_id: feedId, status: "succeeded", file: { $ne: null } },
    { order: { started_at: "DESC" }, select: ["id", "file"] }
  )
  for (const run of runs.slice(FILES_KEPT)) {
    await rm(path.join(feedsDir(), run.file!), { force: true })
    await feeds.updateFeedRuns({ id: run.id, file: null })
  }
}

/** One generation of a feed's file (the hourly job runs it for every active feed; the marketer on demand). */
export const generateFeedWorkflow = createWorkflow(
  "generate-feed",
  (input: { feed_id: string; trigger: "schedule" | "manual" }) => {
    return new WorkflowResponse(generateFeedStep(input))
  }
)
