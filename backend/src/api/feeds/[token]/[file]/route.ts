import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FEED_MODULE } from "../../../../modules/feed"
import { CONTENT_TYPES, feedFileName, type FeedChannel, type FeedFormat } from "../../../../modules/feed/formats"
import type FeedModuleService from "../../../../modules/feed/service"
import { FEED_TOKEN_PATTERN } from "../../../../modules/feed/serving"
import { openStoredFile } from "../../../../queries/stored-files"

const NOT_FOUND = "Không có nguồn cấp dữ liệu ở địa chỉ này (mã đã bị thu hồi hoặc không đúng)."

/**
 * What Meta, TikTok and Google fetch on their schedule: the newest complete file of the feed the secret
 * token names, streamed from the File Module (the bucket, so any server answers; or this disk).
 * Conditional requests get 304 when nothing changed, so a platform re-downloads only new files.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { token, file } = req.params
  if (!FEED_TOKEN_PATTERN.test(token)) throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)
  const feeds = req.scope.resolve<FeedModuleService>(FEED_MODULE)
  const [feed] = await feeds.listFeeds({ token, active: true }, { select: ["id", "channel", "format"] })
  if (!feed || file !== feedFileName({ channel: feed.channel as FeedChannel, format: feed.format as FeedFormat })) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)
  }
  // Only a file written as the feed is now: after a change of channel or format, the next run's.
  const [run] = await feeds.listFeedRuns(
    { feed_id: feed.id, status: "succeeded", file: { $ne: null }, channel: feed.channel, format: feed.format },
    { order: { finished_at: "DESC" }, take: 1, select: ["file", "etag", "bytes", "finished_at"] }
  )
  if (!run)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Nguồn cấp dữ liệu này chưa được tạo lần nào; hãy thử lại sau ít phút.")

  const lastModified = new Date(run.finished_at!)
  lastModified.setMilliseconds(0) // HTTP dates have whole seconds
  const ifNoneMatch = req.headers["if-none-match"]
  const ifModifiedSince = req.headers["if-modified-since"]
  const unchanged = ifNoneMatch
    ? ifNoneMatch.split(",").some((tag) => tag.trim() === run.etag || tag.trim() === "*")
    : !!ifModifiedSince && lastModified.getTime() <= Date.parse(ifModifiedSince)
  const stream = unchanged ? null : await openStoredFile(req.scope, run.file!)
  if (!unchanged && !stream)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Tệp của nguồn cấp dữ liệu này chưa sẵn sàng; hãy thử lại sau ít phút.")

  res.setHeader("ETag", run.etag!)
  res.setHeader("Last-Modified", lastModified.toUTCString())
  res.setHeader("Cache-Control", "private, max-age=0, must-revalidate")
  if (!stream) return res.status(304).end()
  res.setHeader("Content-Type", CONTENT_TYPES[feed.format as FeedFormat])
  res.setHeader("Content-Length", String(run.bytes))
  res.setHeader("Content-Disposition", `inline; filename="${file}"`)
  stream.on("error", () => res.destroy()).pipe(res)
}
