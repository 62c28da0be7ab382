import { model } from "@medusajs/framework/utils"
import { Batch } from "./batch"
import { StampFlag } from "./stamp-flag"
import { StampScan } from "./stamp-scan"

/** One OCOP stamp on one unit: an unguessable code whose QR opens the public trace page. */
export const Stamp = model
  .define("ocop_stamp", {
    id: model.id({ prefix: "stamp" }).primaryKey(),
    code: model.text(), // 12 random Crockford base-32 characters and a check character (stamp-code.ts), stored without dashes
    status: model.enum(["printed", "activated", "voided"]).default("printed"),
    activated_at: model.dateTime().nullable(),
    voided_at: model.dateTime().nullable(),
    void_reason: model.text().nullable(),
    scan_count: model.number().default(0),
    last_scanned_at: model.dateTime().nullable(),
    batch: model.belongsTo(() => Batch, { mappedBy: "stamps" }),
    scans: model.hasMany(() => StampScan, { mappedBy: "stamp" }),
    flags: model.hasMany(() => StampFlag, { mappedBy: "stamp" }),
  })
  .cascades({ delete: ["scans", "flags"] })
  .indexes([{ on: ["code"], unique: true }, { on: ["batch_id", "status"] }])
