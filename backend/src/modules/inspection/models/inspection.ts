import { model } from "@medusajs/framework/utils"
import { INSPECTION_KINDS } from "@ocop/contracts"
import { InspectionItem } from "./inspection-item"

/** One post-certification inspection of a producer (QĐ 26/2026 art. 9), as the office recorded it. */
export const Inspection = model
  .define("inspection", {
    id: model.id({ prefix: "insp" }).primaryKey(),
    producer_id: model.text(),
    inspected_on: model.dateTime(),
    kind: model.enum([...INSPECTION_KINDS]),
    team: model.text(),
    product_ids: model.array(),
    batch_ids: model.array(),
    notes: model.text().nullable(),
    items: model.hasMany(() => InspectionItem, { mappedBy: "inspection" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([{ on: ["producer_id", "inspected_on"] }])
