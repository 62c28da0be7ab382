import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { producerContext, producerForWrite } from "../context"
import { updateProducerProfileWorkflow } from "../../../workflows/producer/update-producer-profile"
import type { UpdateProfileBody } from "@ocop/contracts/schemas"
import type { Producer, ProducerMember } from "@ocop/contracts"
import type { BeforeJson } from "../../../utils/before-json"

type ProducerRecord = BeforeJson<Producer, "approved_at" | "suspended_at" | "created_at">

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { member, producer } = await producerContext(req)
  const answer: { member: ProducerMember; producer: ProducerRecord } = {
    member,
    producer: await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(producer.id),
  }
  res.json(answer)
}

/** The owner keeps the profile current; identity fields (name, tax code, type) go through the office. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateProfileBody>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req, { ownerOnly: true })
  const { result } = await updateProducerProfileWorkflow(req.scope).run({ input: { id: producer.id, ...req.validatedBody } })
  const answer: { producer: ProducerRecord } = { producer: result }
  res.json(answer)
}
