import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "@ocop/contracts"
import { Producer } from "./producer"

/** A login of a producer (Medusa auth actor `producer`, whose actor id is this member's id). */
export const ProducerMember = model
  .define("producer_member", {
    id: model.id({ prefix: "pdrmem" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("staff"),
    producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
