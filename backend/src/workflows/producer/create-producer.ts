import { HOME_DELIVERY, type Producer } from "@ocop/contracts"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { IFulfillmentModuleService, LinkDefinition } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { slugify } from "../../utils/vietnamese"
import { storefrontChannelId } from "../../queries/storefront-channel"
import { deliveryFees } from "../../queries/delivery-fees"
import { priceHomeDeliveryStep } from "../delivery/steps/price-home-delivery"

/** A producer's own fields, as its record answers them (Producer); the optional texts may be left out. */
export type ProducerInput = Pick<
  Producer,
  "name" | "owner_type" | "tax_code" | "representative" | "phone" | "email" | "commune" | "province"
> &
  Partial<Pick<Producer, "district_as_issued" | "address_as_issued" | "address" | "story" | "logo_url">>

export type CreateProducerInput = {
  producer: ProducerInput & { handle?: string; status?: "pending" | "approved" }
  /** The first login: it becomes the owner member, and the auth identity's actor. */
  owner?: { email: string; name: string; auth_identity_id?: string }
}

/** A readable, unique handle: the name folded to a slug, numbered when taken. */
async function freeHandle(producers: ProducerModuleService, wanted: string): Promise<string> {
  const base = slugify(wanted) || "nha-san-xuat"
  const taken = new Set(
    (await producers.listProducers({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true })).map(
      (p) => p.handle
    )
  )
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

const createProducerRecordsStep = createStep(
  "create-producer-records",
  async (input: CreateProducerInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    if ((await producers.listProducers({ tax_code: input.producer.tax_code }, { select: ["id"] })).length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Mã số thuế ${input.producer.tax_code} đã được đăng ký cho một nhà sản xuất khác. Nếu đây là cơ sở của bạn, hãy liên hệ Văn phòng Điều phối OCOP.`
      )
    }
    if (input.owner && (await producers.listProducerMembers({ email: input.owner.email }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Email ${input.owner.email} đã là thành viên của một nhà sản xuất.`)
    }
    const { handle, status = "pending", ...fields } = input.producer
    const producer = await producers.createProducers({
      ...fields,
      handle: handle ?? (await freeHandle(producers, fields.name)),
      status,
      approved_at: status === "approved" ? new Date() : null,
    })
    const owner = input.owner
      ? await producers.createProducerMembers({
          email: input.owner.email,
          name: input.owner.name,
          role: "owner",
          producer_id: producer.id,
        })
      : null
    return new StepResponse({ producer, owner }, producer.id)
  },
  async (producerId, { container }) => {
    if (!producerId) return
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const members = await producers.listProducerMembers({ producer_id: producerId }, { select: ["id"] })
    await producers.deleteProducerMembers(members.map((m) => m.id))
    await producers.deleteProducers(producerId)
  }
)

/** Where a producer's parcels go: all of Việt Nam, from its own warehouse. */
const createParcelZoneStep = createStep(
  "create-producer-parcel-zone",
  async (input: { name: string }, { container }) => {
    const fulfillment = container.resolve<IFulfillmentModuleService>(Modules.FULFILLMENT)
    const set = await fulfillment.createFulfillmentSets({
      name: `Giao hàng từ ${input.name}`,
      type: "shipping",
      service_zones: [{ name: `Toàn quốc · ${input.name}`, geo_zones: [{ country_code: "vn", type: "country" }] }],
    })
    return new StepResponse({ fulfillment_set_id: set.id, service_zone_id: set.service_zones[0].id }, set.id)
  },
  async (setId, { container }) => {
    if (setId) await container.resolve<IFulfillmentModuleService>(Modules.FULFILLMENT).deleteFulfillmentSets(setId)
  }
)

// biome-ignore lint/suspicious/noConfusingVoidType: `void` is how a step says it takes no input
const deliveryContextStep = createStep("producer-delivery-context", async (_: void, { container }) => {
  return new StepResponse({ channel_id: await storefrontChannelId(container), fees: await deliveryFees(container) })
})

/**
 * Registers a producer with everything it needs to sell: the producer and its owner member, its
 * warehouse (stock location) with a nationwide "Giao hàng tiêu chuẩn" option, and its own shipping
 * profile so that its products always travel as one parcel. Every part is undone if a later one fails.
 */
export const createProducerWorkflow = createWorkflow("create-producer", (input: CreateProducerInput) => {
  const { producer, owner } = createProducerRecordsStep(input)
  const context = deliveryContextStep()
  const warehouseName = transform({ producer }, ({ producer }) => `Kho ${producer.name}`)

  const profiles = createShippingProfilesWorkflow.runAsStep({
    input: transform({ warehouseName }, ({ warehouseName }) => ({ data: [{ name: warehouseName, type: "default" }] })),
  })
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ producer, warehouseName }, ({ producer, warehouseName }) => ({
      locations: [
        {
          name: warehouseName,
          address: {
            address_1: producer.address || [producer.commune, producer.province].filter(Boolean).join(", "),
            city: producer.commune ?? producer.province,
            province: producer.province,
            country_code: "vn",
          },
          metadata: { producer_id: producer.id },
        },
      ],
    })),
  })
  const zone = createParcelZoneStep(transform({ producer }, ({ producer }) => ({ name: `Kho ${producer.name}` })))

  // The location must ship with the manual provider before an option can use it.
  createRemoteLinkStep(
    transform({ locations, zone }, ({ locations, zone }): LinkDefinition[] => [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: zone.fulfillment_set_id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ])
  ).config({ name: "link-warehouse-delivery" })
  const options = createShippingOptionsWorkflow.runAsStep({
    input: transform({ producer, zone, profiles, context }, ({ producer, zone, profiles, context }) => [
      {
        name: `Giao hàng tiêu chuẩn · ${producer.name}`,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.service_zone_id,
        shipping_profile_id: profiles[0].id,
        type: { label: "Giao hàng tiêu chuẩn", description: "Giao trong 2–4 ngày", code: HOME_DELIVERY },
        // The flat fee; the provinces' own are added below (their rules are names, not numbers).
        prices: [{ currency_code: "vnd", amount: context.fees.flat_fee }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      },
    ]),
  })
  priceHomeDeliveryStep(
    transform({ options, context }, ({ options, context }) => ({
      fees: context.fees,
      option_ids: options.map((option) => option.id),
    }))
  )
  linkSalesChannelsToStockLocationWorkflow.runAsStep({
    input: transform({ locations, context }, ({ locations, context }) => ({ id: locations[0].id, add: [context.channel_id] })),
  })
  createRemoteLinkStep(
    transform({ producer, locations, profiles }, ({ producer, locations, profiles }): LinkDefinition[] => [
      { [PRODUCER_MODULE]: { producer_id: producer.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id } },
      { [PRODUCER_MODULE]: { producer_id: producer.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profiles[0].id } },
    ])
  ).config({ name: "link-producer-warehouse" })

  const authIdentity = transform({ input, owner }, ({ input, owner }) =>
    input.owner?.auth_identity_id && owner
      ? { authIdentityId: input.owner.auth_identity_id, actorType: "producer", value: owner.id }
      : null
  )
  when({ authIdentity }, ({ authIdentity }) => !!authIdentity).then(() => {
    // Only reached when the condition found one.
    setAuthAppMetadataStep(transform({ authIdentity }, ({ authIdentity }) => authIdentity!))
  })

  return new WorkflowResponse({ producer, owner, location_id: transform({ locations }, ({ locations }) => locations[0].id) })
})
