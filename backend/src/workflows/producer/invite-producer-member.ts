import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../modules/producer"
import { hashInviteToken } from "../../modules/producer/invite-token"
import type ProducerModuleService from "../../modules/producer/service"
import { DAY_MS } from "@ocop/contracts"

const INVITE_DAYS = 7

const createInviteStep = createStep(
  "create-producer-invite",
  async (input: { producer_id: string; email: string }, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    if ((await producers.listProducerMembers({ email: input.email }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.email} đã là thành viên của một nhà sản xuất.`)
    }
    const token = randomBytes(24).toString("base64url")
    const invite = await producers.createProducerInvites({
      producer_id: input.producer_id,
      email: input.email,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_DAYS * DAY_MS),
    })
    return new StepResponse(
      { id: invite.id, email: invite.email, expires_at: invite.expires_at, accepted_at: null, token },
      invite.id
    )
  },
  async (id, { container }) => {
    if (id) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerInvites(id)
  }
)

/** An owner invites a staff member by email; the token is shown once, only its hash is kept. */
export const inviteProducerMemberWorkflow = createWorkflow(
  "invite-producer-member",
  (input: { producer_id: string; email: string }) => {
    return new WorkflowResponse(createInviteStep(input))
  }
)
