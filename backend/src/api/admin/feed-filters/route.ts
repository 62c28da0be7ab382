import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** What a feed's province and producer filters accept: those of approved producers (see workflows/feeds/feed-input.ts). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const producers = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ status: "approved" }, { select: ["handle", "name", "province"], order: { name: "ASC" } })
  res.json({
    provinces: [...new Set(producers.map((p) => p.province))].sort((a, b) => a.localeCompare(b, "vi")),
    producers: producers.map(({ handle, name }) => ({ handle, name })),
  })
}
