import { z } from "@medusajs/framework/zod"
import { VIETNAM_OFFSET_MS } from "@ocop/contracts"
import { DAY_MS } from "../modules/ocop/validity"
import { calendarDate } from "@ocop/contracts/schemas"

const DEFAULT_DAYS = 30
const MAX_DAYS = 400

/** `from`/`to` as calendar days in Vietnam (to inclusive); the last 30 days when absent. */
export const PeriodQuery = z
  .object({
    from: calendarDate("Ngày bắt đầu").optional(),
    to: calendarDate("Ngày kết thúc").optional(),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .transform(({ from, to, format }) => {
    const end = to ? new Date(to.getTime() + DAY_MS - VIETNAM_OFFSET_MS) : new Date()
    const start = from ? new Date(from.getTime() - VIETNAM_OFFSET_MS) : new Date(end.getTime() - DEFAULT_DAYS * DAY_MS)
    return { from: start, to: end, format }
  })
  .refine((p) => p.from < p.to, { message: "Ngày bắt đầu phải trước ngày kết thúc." })
  .refine((p) => p.to.getTime() - p.from.getTime() <= MAX_DAYS * DAY_MS, { message: `Chọn khoảng thời gian tối đa ${MAX_DAYS} ngày.` })
export type PeriodQuery = z.infer<typeof PeriodQuery>
