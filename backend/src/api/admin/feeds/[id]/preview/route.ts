import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FEED_MODULE } from "../../../../../modules/feed"
import { feedItem } from "../../../../../modules/feed/feed-item"
import type { FeedFilters } from "@ocop/contracts/schemas"
import { channelFields, type FeedChannel } from "../../../../../modules/feed/formats"
import type FeedModuleService from "../../../../../modules/feed/service"
import { feedSources } from "../../../../../queries/feed-sources"
import { storefrontUrl } from "../../../../../utils/storefront-url"
import type { PreviewQuery } from "@ocop/contracts/schemas"
import type { FeedPreviewItem } from "@ocop/contracts"

/** The first items as the platform will read them (its field names), with their warnings, from live data. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PreviewQuery>, res: MedusaResponse) => {
  const feed = await req.scope
    .resolve<FeedModuleService>(FEED_MODULE)
    .retrieveFeed(req.params.id)
    .catch(() => {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy nguồn cấp dữ liệu này.")
    })
  const context = {
    storefrontUrl: storefrontUrl(),
    utm: { source: feed.utm_source, medium: feed.utm_medium, campaign: feed.utm_campaign },
  }
  const items: FeedPreviewItem[] = []
  for await (const sources of feedSources(req.scope, (feed.filters ?? {}) as FeedFilters, new Date())) {
    for (const source of sources) {
      const built = feedItem(source, context)
      items.push({
        fields: Object.fromEntries(channelFields(feed.channel as FeedChannel, built.item)),
        warnings: built.warnings.map(({ code, message }) => ({ code, message })),
      })
      if (items.length >= req.validatedQuery.limit) return res.json({ items })
    }
  }
  res.json({ items })
}
