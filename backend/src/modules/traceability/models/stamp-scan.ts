import { model } from "@medusajs/framework/utils"
import { Stamp } from "./stamp"

/**
 * How often a stamp was scanned on one Vietnam calendar day in one coarse place: the province of a
 * showroom's counter, or the one the client's address locates (`unknown` when it cannot be placed).
 * Counts only: never an address, a user agent or anything else about the person scanning.
 */
export const StampScan = model
  .define("ocop_stamp_scan", {
    id: model.id({ prefix: "scan" }).primaryKey(),
    day: model.text(), // YYYY-MM-DD in Vietnam
    place: model.text(), // a province's GSO code, or "unknown"
    count: model.number().default(0),
    stamp: model.belongsTo(() => Stamp, { mappedBy: "scans" }),
  })
  .indexes([{ on: ["stamp_id", "day", "place"], unique: true }])
