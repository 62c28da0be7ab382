import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { pickFields } from "../../utils/pick-fields"
import { refreshProductCardsWorkflow } from "../catalog/refresh-product-cards"
import type { ProducerInput } from "./create-producer"

type ProfileUpdate = Partial<Omit<ProducerInput, "name" | "owner_type" | "tax_code">> & { id: string }

const updateProfileStep = createStep(
  "update-producer-profile",
  async (input: ProfileUpdate, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    // Object.keys names only the input's own fields, which ProfileUpdate lists.
    const fields = (Object.keys(input) as (keyof ProfileUpdate)[]).filter((key) => key !== "id")
    const producer = await producers.retrieveProducer(input.id, { select: ["id", ...fields] })
    const before: ProfileUpdate = { id: producer.id, ...pickFields(producer, fields) }
    return new StepResponse(await producers.updateProducers(input), before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers(before)
  }
)

/** The owner updates the profile; catalog cards show the producer's place, so they follow. */
export const updateProducerProfileWorkflow = createWorkflow("update-producer-profile", (input: ProfileUpdate) => {
  const producer = updateProfileStep(input)
  const { data: producers } = useQueryGraphStep({ entity: "producer", fields: ["products.id"], filters: { id: input.id } })
  refreshProductCardsWorkflow.runAsStep({
    input: transform({ producers }, ({ producers }) => ({
      product_ids: (producers[0]?.products ?? []).flatMap((p) => (p ? [p.id] : [])),
    })),
  })
  return new WorkflowResponse(producer)
})
