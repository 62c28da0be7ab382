import { model } from "@medusajs/framework/utils"

/**
 * One fee of the office's delivery fee table, per parcel in integer đồng: a province's own
 * (`province_code`, the 2025 list's two digits), or the flat fee of every other province (null).
 */
export const DeliveryFee = model
  .define("delivery_fee", {
    id: model.id({ prefix: "dfee" }).primaryKey(),
    province_code: model.text().nullable(),
    amount: model.number(),
  })
  .indexes([{ on: ["province_code"], unique: true, where: "deleted_at IS NULL" }])
