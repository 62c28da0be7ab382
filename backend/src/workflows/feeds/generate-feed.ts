import { createHash } from "node:crypto"
import { once } from "node:events"
import type { Writable } from "node:stream"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../modules/feed"
import { feedItem, type FeedWarning, type FeedWarningCode } from "../../modules/feed/feed-item"
import type { FeedFilters } from "@ocop/contracts/schemas"
import { CONTENT_TYPES, feedWriter, type FeedChannel, type FeedFormat } from "../../modules/feed/formats"
import type FeedModuleService from "../../modules/feed/service"
import { FEED_RUN_CUT_OFF_MS } from "../../modules/feed/service"
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
 * Writes a feed row by row into `out` as the packagings stream in, hashing as it goes (the ETag), and
 * ends it; whoever gave `out` waits for it to be stored.
 */
export async function writeFeed(container: MedusaContainer, feed: FeedSpec, out: Writable, now: Date) {
  const { channel, format } = feed
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
  return { bytes, etag: `"${hash.digest("hex")}"`, items, warning_count: warningCount, warnings: { counts, first } }
}

/**
 * Writes a feed's file into the File Module (the bucket, or this disk), private: only the feed's secret URL
 * serves it. Each run's file has a key of its own and is served once its run is marked done, so a file
 * being served is only ever replaced by a complete one; a file that failed half-way is deleted.
 */
async function storeFeedFile(container: MedusaContainer, feed: FeedSpec & { id: string }, runId: string, now: Date) {
  const files = container.resolve(Modules.FILE)
  const upload = await files.getUploadStream({
    filename: `feeds/${feed.id}/${runId}.${feed.format}`,
    mimeType: CONTENT_TYPES[feed.format],
    access: "private",
  })
  try {
    // Both at once: a storage that fails mid-way stops the writing instead of leaving it waiting to drain.
    const [written, stored] = await Promise.all([writeFeed(container, feed, upload.writeStream, now), upload.promise])
    return { file: stored.key, ...written }
  } catch (error) {
    upload.writeStream.destroy(error as Error)
    await files.deleteFiles(upload.fileKey)
    throw error
  }
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
      const spec = {
        ...feed,
        channel: feed.channel as FeedChannel,
        format: feed.format as FeedFormat,
        filters: (feed.filters ?? {}) as FeedFilters,
      }
      const stored = await storeFeedFile(container, spec, run.id, now)
      const done = await feeds.updateFeedRuns({ id: run.id, status: "succeeded", finished_at: new Date(), ...stored })
      await pruneOldFiles(container, feed.id)
      return new StepResponse(done)
    } catch (error) {
      // The run stays, failed, with the reason: the marketer sees it; the last good file is still served.
      await feeds.updateFeedRuns({ id: run.id, status: "failed", finished_at: new Date(), error: (error as Error).message })
      throw error
    }
  }
)

async function pruneOldFiles(container: MedusaContainer, feedId: string) {
  const feeds = container.resolve<FeedModuleService>(FEED_MODULE)
  const runs = await feeds.listFeedRuns(
    { feed_id: feedId, status: "succeeded", file: { $ne: null } },
    { order: { started_at: "DESC" }, select: ["id", "file"] }
  )
  const old = runs.slice(FILES_KEPT)
  if (!old.length) return
  await container.resolve(Modules.FILE).deleteFiles(old.map((run) => run.file!))
  await feeds.updateFeedRuns(old.map((run) => ({ id: run.id, file: null })))
}

/** One generation of a feed's file (the hourly job runs it for every active feed; the marketer on demand). */
export const generateFeedWorkflow = createWorkflow(
  "generate-feed",
  (input: { feed_id: string; trigger: "schedule" | "manual" }) => {
    return new WorkflowResponse(generateFeedStep(input))
  }
)
