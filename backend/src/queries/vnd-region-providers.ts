import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type RegionProviders = { id: string; payment_provider_ids: string[] }

/** The regions selling in đồng (the marketplace's), each with the payment providers it offers now. */
export async function vndRegionProviders(container: MedusaContainer): Promise<RegionProviders[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { currency_code: "vnd" },
  })
  return data.map((region) => ({
    id: region.id,
    payment_provider_ids: (region.payment_providers ?? []).flatMap((provider) => (provider ? [provider.id] : [])),
  }))
}
