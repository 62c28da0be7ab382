import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FEED_MODULE } from "../modules/feed"
import type FeedModuleService from "../modules/feed/service"
import { generateFeedWorkflow } from "../workflows/feeds/generate-feed"
import { hourlyAt } from "../utils/job-schedule"

/**
 * Regenerates every active feed each hour, so a product whose certificate lapses or is revoked leaves
 * every platform's catalog within the hour; Meta, TikTok and Google fetch at most that often. One feed
 * failing does not stop the others (its run records why).
 */
export default async function generateFeeds(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const feeds = await container.resolve<FeedModuleService>(FEED_MODULE).listFeeds({ active: true }, { select: ["id", "name"] })
  for (const feed of feeds) {
    try {
      const { result } = await generateFeedWorkflow(container).run({ input: { feed_id: feed.id, trigger: "schedule" } })
      logger.info(`Feed "${feed.name}": ${result.items} items, ${result.warning_count} warnings.`)
    } catch (error) {
      logger.error(`Feed "${feed.name}" could not be generated: ${(error as Error).message}`)
    }
  }
}

export const config = { name: "generate-feeds", schedule: hourlyAt(15) }
