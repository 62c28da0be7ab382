import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerInvite, ProducerMember } from "@ocop/contracts"
import type { BeforeJson } from "../../../utils/before-json"
import { assertOwner, producerContext } from "../context"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const context = await producerContext(req)
  assertOwner(context)
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [members, invites] = await Promise.all([
    producers.listProducerMembers(
      { producer_id: context.producer.id },
      { select: ["id", "email", "name", "role"], order: { created_at: "ASC" } }
    ),
    producers.listProducerInvites(
      { producer_id: context.producer.id },
      { select: ["id", "email", "expires_at", "accepted_at"], order: { created_at: "DESC" } }
    ),
  ])
  const answer: { members: ProducerMember[]; invites: BeforeJson<ProducerInvite, "expires_at" | "accepted_at">[] } = {
    members,
    invites,
  }
  res.json(answer)
}
