import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type ProducerContext = {
  member: { id: string; email: string; name: string; role: "owner" | "staff" }
  producer: { id: string; name: string; status: "pending" | "approved" | "suspended" }
}

/**
 * The logged-in member and its producer: every /producer/* route scopes its reads and writes to
 * this producer, and answers 404 for anything else.
 */
export async function producerContext(req: AuthenticatedMedusaRequest): Promise<ProducerContext> {
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [member] = await producers.listProducerMembers(
    { id: req.auth_context.actor_id },
    { relations: ["producer"], select: ["id", "email", "name", "role", "producer.id", "producer.name", "producer.status"] }
  )
  if (!member?.producer) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "Tài khoản này chưa thuộc nhà sản xuất nào. Hãy đăng ký hoặc nhận lời mời trước."
    )
  }
  const { producer, ...rest } = member
  return { member: rest, producer }
}

/** Writes need a producer that is not suspended; some need its owner too. */
export async function producerForWrite(req: AuthenticatedMedusaRequest, { ownerOnly = false } = {}) {
  const context = await producerContext(req)
  if (context.producer.status === "suspended") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Nhà sản xuất đang bị tạm ngưng: bạn chỉ xem được dữ liệu. Hãy liên hệ Văn phòng Điều phối OCOP."
    )
  }
  if (ownerOnly) assertOwner(context)
  return context
}

export function assertOwner(context: ProducerContext) {
  if (context.member.role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Chỉ chủ cơ sở (tài khoản chủ) được làm việc này.")
  }
}
