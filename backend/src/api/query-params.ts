import { z } from "@medusajs/framework/zod"

/** Query values arrive as "a,b" or repeated keys; both mean a list. */
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
    z.array(item).optional()
  )
