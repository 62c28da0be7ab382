import { OWNER_TYPES, PRODUCER_STATUSES } from "@ocop/contracts"
import { model } from "@medusajs/framework/utils"
import { ProducerInvite } from "./producer-invite"
import { ProducerMember } from "./producer-member"
import { ProducerOrder } from "./producer-order"

/**
 * An OCOP owner (chủ thể) selling on the marketplace: a household business, cooperative,
 * cooperative group or enterprise. Its products, stock location, shipping profile and orders are
 * linked in src/links; only an approved producer's products can be listed.
 */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdr" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text(),
    owner_type: model.enum([...OWNER_TYPES]),
    tax_code: model.text(), // mã số thuế: 10 digits, or 13 with a branch suffix "-001"
    representative: model.text(),
    phone: model.text(),
    email: model.text(),
    // The current two-level address (since 1/7/2025) beside the district printed on older certificates.
    commune: model.text().nullable(), // unknown on some old records; registration requires it
    province: model.text(),
    district_as_issued: model.text().nullable(),
    // The full address as printed on certificates issued before the 2025 merger of communes.
    address_as_issued: model.text().nullable(),
    address: model.text().nullable(),
    story: model.text().nullable(),
    logo_url: model.text().nullable(),
    status: model.enum([...PRODUCER_STATUSES]).default("pending"),
    suspension_reason: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    suspended_at: model.dateTime().nullable(),
    // The marketplace's commission on everything it sells, in basis points (250 = 2,5 %): the office
    // sets it; 0 for a public programme. A statement keeps the rate of the month it closes.
    commission_bps: model.number().default(0),
    members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
    invites: model.hasMany(() => ProducerInvite, { mappedBy: "producer" }),
    orders: model.hasMany(() => ProducerOrder, { mappedBy: "producer" }),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["tax_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"] },
    { on: ["province", "commune"] },
  ])
