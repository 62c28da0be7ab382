import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * An owner's invitation for a staff member. Only a hash of the token is stored: the link the owner
 * shares is the only copy of the secret.
 */
export const ProducerInvite = model
  .define("producer_invite", {
    id: model.id({ prefix: "pdrinv" }).primaryKey(),
    email: model.text(),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["token_hash"], unique: true }])
