import type { CreateShowroomBody } from "@ocop/contracts/schemas"
import type { IFulfillmentModuleService, LinkDefinition } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createSalesChannelsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { SHOWROOM_MODULE } from "../../modules/showroom"
import type ShowroomModuleService from "../../modules/showroom/service"
import { slugify } from "../../utils/vietnamese"

/** A showroom as the office states it; the demo seed also names its handle, the API derives it from the name. */
export type ShowroomInput = CreateShowroomBody & { handle?: string }

const createShowroomRecordStep = createStep(
  "create-showroom-record",
  async (input: ShowroomInput, { container }) => {
    const showrooms = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    const handle = input.handle ?? slugify(input.name)
    if ((await showrooms.listShowrooms({ handle }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Đã có điểm bán tên "${input.name}".`)
    }
    const showroom = await showrooms.createShowrooms({ ...input, handle })
    return new StepResponse(showroom, showroom.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).deleteShowrooms(id)
  }
)

/** The showroom's pickup counter: online orders may be collected there (one option per producer, see offer-showroom-pickup.ts). */
const createPickupCounterStep = createStep(
  "create-showroom-pickup-counter",
  async (input: { name: string }, { container }) => {
    const set = await container.resolve<IFulfillmentModuleService>(Modules.FULFILLMENT).createFulfillmentSets({
      name: `Nhận tại ${input.name}`,
      type: "pickup",
      service_zones: [{ name: `Nhận tại quầy · ${input.name}`, geo_zones: [{ country_code: "vn", type: "country" }] }],
    })
    return new StepResponse({ fulfillment_set_id: set.id }, set.id)
  },
  async (setId, { container }) => {
    if (setId) await container.resolve<IFulfillmentModuleService>(Modules.FULFILLMENT).deleteFulfillmentSets(setId)
  }
)

/**
 * Opens a showroom: its record, its shelf (a stock location outside the online store's channel, so
 * online orders never reserve its stock) and its counter (a sales channel of its own for POS orders
 * and for online orders collected there, which is how only those reserve its stock).
 */
export const createShowroomWorkflow = createWorkflow("create-showroom", (input: ShowroomInput) => {
  const showroom = createShowroomRecordStep(input)
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ showroom }, ({ showroom }) => ({
      locations: [
        {
          name: `Điểm bán ${showroom.name}`,
          address: { address_1: showroom.address, city: showroom.commune, province: showroom.province, country_code: "vn" },
          metadata: { showroom_id: showroom.id },
        },
      ],
    })),
  })
  const channels = createSalesChannelsWorkflow.runAsStep({
    input: transform({ showroom }, ({ showroom }) => ({
      salesChannelsData: [{ name: `Quầy ${showroom.name}`, description: "Bán tại quầy điểm giới thiệu và bán sản phẩm OCOP" }],
    })),
  })
  const pickup = createPickupCounterStep(transform({ showroom }, ({ showroom }) => ({ name: showroom.name })))
  createRemoteLinkStep(
    transform({ showroom, locations, channels, pickup }, ({ showroom, locations, channels, pickup }): LinkDefinition[] => [
      { [SHOWROOM_MODULE]: { showroom_id: showroom.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id } },
      { [SHOWROOM_MODULE]: { showroom_id: showroom.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channels[0].id } },
      // The counter sells from the shelf: Medusa needs the channel to know its location.
      {
        [Modules.SALES_CHANNEL]: { sales_channel_id: channels[0].id },
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: pickup.fulfillment_set_id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ])
  )
  return new WorkflowResponse(showroom)
})
