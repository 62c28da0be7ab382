import { model } from "@medusajs/framework/utils"
import { SCAN_FLAG_REASONS } from "@ocop/contracts"
import { Stamp } from "./stamp"

/**
 * Scan watch's suspicion that a stamp's label was copied, once per stamp and reason, written with the
 * scan that raised it. `notified_at` is set once its producer's e-mail is queued (a sweep queues the
 * ones a stopped process left).
 */
export const StampFlag = model
  .define("ocop_stamp_flag", {
    id: model.id({ prefix: "sflag" }).primaryKey(),
    reason: model.enum([...SCAN_FLAG_REASONS]),
    notified_at: model.dateTime().nullable(),
    stamp: model.belongsTo(() => Stamp, { mappedBy: "flags" }),
  })
  .indexes([
    { on: ["stamp_id", "reason"], unique: true },
    { on: ["created_at"] },
    { on: ["notified_at"], where: "notified_at IS NULL" },
  ])
