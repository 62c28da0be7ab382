import { z } from "@medusajs/framework/zod"

/** Query values arrive as "a,b" or repeated keys; both mean a list (of at most 50: a filter, not a dump). */
export const queryList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : [value]
            .flat()
            .flatMap((v) => String(v).split(","))
            .map((v) => v.trim())
            .filter(Boolean),
    z.array(item).max(50).optional()
  )
