import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUSES } from "@ocop/contracts"
import { CertifiedSku } from "./certified-sku"

/**
 * An OCOP recognition decision for one product of one owner (chủ thể), as printed on the
 * certificate. The issuer is stored, never derived: it depends on the era and the star level.
 */
export const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    decision_number: model.text(), // e.g. "4894/QĐ-UBND"
    decision_date: model.dateTime(),
    issuer: model.text(), // e.g. "UBND tỉnh Hà Tĩnh"
    product_name: model.text(),
    owner_name: model.text(),
    owner_address: model.text().nullable(), // as printed on the certificate
    // Where the owner is, for the office's filters: the current two-level address (since 1/7/2025)
    // beside the district named on certificates issued before it.
    owner_commune: model.text().nullable(),
    owner_district_as_issued: model.text().nullable(),
    owner_province: model.text().nullable(),
    stars: model.number(), // 3, 4 or 5: only these are recognised
    product_set: model.number(), // 1–26, Decision 26/2026 annex I
    program_year: model.number(),
    legal_basis: model.text(), // the decision it applies, e.g. "148/2023" (not enum-safe names)
    issued_at: model.dateTime(),
    expires_at: model.dateTime(),
    renewal_filed_at: model.dateTime().nullable(),
    status: model.enum([...CERTIFICATE_STATUSES]).default("valid"),
    revocation_reason: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
    suspension_reason: model.text().nullable(),
    suspended_at: model.dateTime().nullable(),
    // A re-recognition decision replaces the certificate it renews; both stay on record.
    renews_id: model.text().nullable(),
    skus: model.hasMany(() => CertifiedSku, { mappedBy: "certificate" }),
  })
  .indexes([
    { on: ["issuer", "decision_number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "expires_at"] },
    { on: ["owner_province", "owner_commune"] },
  ])
