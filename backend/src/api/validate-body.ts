import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * Like Medusa's validateAndTransformBody, but the 400 carries the schema's own messages:
 * Medusa rewrites most zod issues into generic English ("Value for field 'stars' too small"),
 * and our users need the Vietnamese sentence that says what to fix.
 */
export function validateBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) {
      const messages = [...new Set(result.error.issues.map((issue) => issue.message))]
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, messages.join(" ")))
    }
    req.validatedBody = result.data
    next()
  }
}
