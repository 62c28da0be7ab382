import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { ERROR_CODES } from "@ocop/contracts"

/**
 * Like Medusa's validateAndTransformBody/Query, but the 400 carries the schema's own messages:
 * Medusa rewrites most zod issues into generic English ("Value for field 'stars' too small"),
 * and our users need the Vietnamese sentence that says what to fix.
 */
function validate<T>(schema: z.ZodType<T>, read: (req: MedusaRequest) => unknown, write: (req: MedusaRequest, data: T) => void) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(read(req) ?? {})
    if (!result.success) {
      const messages = [...new Set(result.error.issues.map((issue) => issue.message))]
      // A rule may name its own code (an impossible date); otherwise the refusal is plain invalid data.
      const code = result.error.issues.map((issue) => (issue as { params?: { code?: string } }).params?.code).find(Boolean)
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, messages.join(" "), code ?? ERROR_CODES.INVALID_DATA))
    }
    write(req, result.data)
    next()
  }
}

export const validateBody = (schema: z.ZodType) =>
  validate<unknown>(
    schema,
    (req) => req.body,
    (req, data) => (req.validatedBody = data)
  )

export const validateQuery = (schema: z.ZodType<Record<string, unknown>>) =>
  validate(
    schema,
    (req) => req.query,
    (req, data) => (req.validatedQuery = data)
  )
