import { SITE_TYPES } from "@ocop/contracts"
import { model } from "@medusajs/framework/utils"
import { ShowroomStaff } from "./showroom-staff"
import { StockMovement } from "./stock-movement"

/**
 * An OCOP display-and-sales point (điểm giới thiệu và bán sản phẩm OCOP). Its shelf stock is Medusa
 * inventory at its own stock location, and its counter sales are orders in its own sales channel
 * (both linked in src/links); neither is part of the online store.
 */
export const Showroom = model
  .define("showroom", {
    id: model.id({ prefix: "shr" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text(),
    // Where Decision 950/QĐ-BCT (2023) allows one to be sited.
    site_type: model.enum([...SITE_TYPES]),
    commune: model.text(),
    province: model.text(),
    address: model.text(),
    opening_hours: model.text(), // as shown to shoppers, e.g. "7:30–21:00 hằng ngày"
    operator: model.text(), // who runs it: a cooperative, an enterprise, the province's trade centre
    phone: model.text().nullable(),
    email: model.text().nullable(),
    active: model.boolean().default(true),
    staff: model.hasMany(() => ShowroomStaff, { mappedBy: "showroom" }),
    movements: model.hasMany(() => StockMovement, { mappedBy: "showroom" }),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }, { on: ["province", "active"] }])
