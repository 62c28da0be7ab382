import { createHash, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { DAY_MS } from "../../modules/ocop/validity"

const INVITE_DAYS = 7
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

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
    return new StepResponse({ id: invite.id, email: invite.email, expires_at: invite.expires_at, accepted_at: null, token }, invite.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerInvites(id)
  }
)

/** An owner invites a staff member by email; the token is shown once, only its hash is kept. */
export const inviteProducerMemberWorkflow = createWorkflow("invite-producer-member", (input: { producer_id: string; email: string }) => {
  return new WorkflowResponse(createInviteStep(input))
})

const acceptInviteStep = createStep(
  "accept-producer-invite",
  async (input: { token: string; name: string; email: string }, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [invite] = await producers.listProducerInvites({ token_hash: hashInviteToken(input.token) })
    if (!invite || invite.accepted_at || new Date(invite.expires_at).getTime() < Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Lời mời không tồn tại, đã được dùng hoặc đã hết hạn. Hãy xin chủ cơ sở gửi lời mời mới.")
    }
    if (invite.email !== input.email) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Lời mời này dành cho ${invite.email}; hãy đăng ký bằng đúng email đó.`)
    }
    if ((await producers.listProducerMembers({ email: input.email }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.email} đã là thành viên của một nhà sản xuất.`)
    }
    const member = await producers.createProducerMembers({ email: input.email, name: input.name, role: "staff", producer_id: invite.producer_id })
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
      transform({ input, member }, ({ input, member }) => ({ authIdentityId: input.auth_identity_id, actorType: "producer", value: member.id }))
    )
    return new WorkflowResponse(member)
  }
)
