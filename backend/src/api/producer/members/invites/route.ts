import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteProducerMemberWorkflow } from "../../../../workflows/producer/invite-producer-member"
import { producerForWrite } from "../../context"

/** Answers the invite with its token once: the owner shares the link, nobody can read it again. */
export const POST = async (req: AuthenticatedMedusaRequest<{ email: string }>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req, { ownerOnly: true })
  const { result } = await inviteProducerMemberWorkflow(req.scope).run({
    input: { producer_id: producer.id, email: req.validatedBody.email },
  })
  res.status(201).json({ invite: result })
}
