import { model } from "@medusajs/framework/utils"
import { Showroom } from "./showroom"

/** A counter login (Medusa auth actor `showroom_staff`, actor id = this record), bound to one showroom. */
export const ShowroomStaff = model
  .define("showroom_staff", {
    id: model.id({ prefix: "shrstf" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    showroom: model.belongsTo(() => Showroom, { mappedBy: "staff" }),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
