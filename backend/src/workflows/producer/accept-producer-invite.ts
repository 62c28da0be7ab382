import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { hashInviteToken } from "../../modules/producer/invite-token"
import type ProducerModuleService from "../../modules/producer/service"

const acceptInviteStep = createStep(
  "accept-producer-invite",
  async (input: { token: string; name: string; email: string }, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [invite] = await producers.listProducerInvites({ token_hash: hashInviteToken(input.token) })
    if (!invite || invite.accepted_at || new Date(invite.expires_at).getTime() < Date.now()) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Lời mời không tồn tại, đã được dùng hoặc đã hết hạn. Hãy xin chủ cơ sở gửi lời mời mới."
      )
    }
    if (invite.email !== input.email) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Lời mời này dành cho ${invite.email}; hãy đăng ký bằng đúng email đó.`
      )
    }
    if ((await producers.listProducerMembers({ email: input.email }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.email} đã là thành viên của một nhà sản xuất.`)
    }
    const member = await producers.createProducerMembers({
      email: input.email,
      name: input.name,
      role: "staff",
      producer_id: invite.producer_id,
    })
    await producers.updateProducerInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(member, { member_id: member.id, invite_id: invite.id })
  },
  async (created, { container }) => {
    if (!created) return
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await producers.deleteProducerMembers(created.member_id)
    await producers.updateProducerInvites({ id: created.invite_id, accepted_at: null })
  }
)

/** The invited person, logged in with the invited email, becomes a staff member of the producer. */
export const acceptProducerInviteWorkflow = createWorkflow(
  "accept-producer-invite",
  (input: { token: string; name: string; email: string; auth_identity_id: string }) => {
    const member = acceptInviteStep(input)
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "producer",
        value: member.id,
      }))
    )
    return new WorkflowResponse(member)
  }
)
