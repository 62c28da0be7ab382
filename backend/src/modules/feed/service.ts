import { MedusaService } from "@medusajs/framework/utils"
import { Feed } from "./models/feed"
import { FeedImage } from "./models/feed-image"
import { FeedRun } from "./models/feed-run"

/**
 * A run still "running" after this long was cut off by a restart (the largest catalog writes in
 * about 30 s): it no longer blocks a new run, and the crash-repair sweep marks it failed.
 */
export const FEED_RUN_CUT_OFF_MS = 15 * 60 * 1000

export default class FeedModuleService extends MedusaService({ Feed, FeedRun, FeedImage }) {
  /** Runs a killed process left "running" are failed with the reason; returns how many. */
  async failCutOffRuns(now = new Date()): Promise<number> {
    const cutOff = await this.listFeedRuns(
      { status: "running", started_at: { $lt: new Date(now.getTime() - FEED_RUN_CUT_OFF_MS) } },
      { select: ["id"] }
    )
    if (cutOff.length) {
      await this.updateFeedRuns(
        cutOff.map((run) => ({
          id: run.id,
          status: "failed" as const,
          finished_at: now,
          error: "Lần tạo bị gián đoạn vì máy chủ khởi động lại; lần tạo theo lịch tiếp theo sẽ tạo lại tệp.",
        }))
      )
    }
    return cutOff.length
  }
}
