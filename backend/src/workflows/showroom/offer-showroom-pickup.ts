import type { IRegionModuleService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { PICKUP_NAME_PREFIX, pickupCode, pickupPoints } from "../../queries/pickups"

/** The producers' shipping profiles a showroom has no pickup option for yet, among those of the given variants. */
const missingPickupOptionsStep = createStep(
  "missing-showroom-pickup-options",
  async (input: { showroom_id: string; variant_ids: string[] }, { container }) => {
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const { data: showrooms } = await query.graph({ entity: "showroom", fields: ["handle"], filters: { id: input.showroom_id } })
    const [point] = await pickupPoints(container, { handle: showrooms[0]?.handle })
    if (!point?.service_zone_id) return new StepResponse([])

    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["product.shipping_profile.id"],
      filters: { id: input.variant_ids },
    })
    const profileIds = new Set(variants.map((v) => v.product?.shipping_profile?.id).filter((id): id is string => !!id))
    const { data: existing } = await query.graph({
      entity: "shipping_option",
      fields: ["shipping_profile_id"],
      filters: { service_zone_id: point.service_zone_id },
    })
    for (const option of existing) profileIds.delete(option.shipping_profile_id)
    if (!profileIds.size) return new StepResponse([])

    const [region] = await container.resolve<IRegionModuleService>(Modules.REGION).listRegions({ currency_code: "vnd" })
    return new StepResponse(
      [...profileIds].map((profileId) => ({
        name: `${PICKUP_NAME_PREFIX}${point.name}`,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: point.service_zone_id!,
        shipping_profile_id: profileId,
        type: { code: pickupCode(point.handle), label: `${PICKUP_NAME_PREFIX}${point.name}`, description: point.address },
        prices: [{ currency_code: "vnd", amount: 0 }, ...(region ? [{ region_id: region.id, amount: 0 }] : [])],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      }))
    )
  }
)

/** After a receipt: the showroom can hand the producers' goods it now holds to online shoppers. */
export const offerPickupWorkflow = createWorkflow(
  "offer-showroom-pickup",
  (input: { showroom_id: string; variant_ids: string[] }) => {
    const missing = missingPickupOptionsStep(input)
    when({ missing }, ({ missing }) => missing.length > 0).then(() => {
      createShippingOptionsWorkflow.runAsStep({ input: missing })
    })
    return new WorkflowResponse(transform({ missing }, ({ missing }) => missing.length))
  }
)
