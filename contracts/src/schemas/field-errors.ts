import type { z } from "zod"

/** The last named step of an issue's path: ["filters", "product_sets", 2] → "product_sets". */
const lastName = (path: readonly PropertyKey[]) => [...path].reverse().find((step): step is string => typeof step === "string")

/**
 * A schema's refusal as a form shows it: the first message for each field, keyed by `fieldOf(path)`
 * (the path's last name by default), and the messages no field owns (a rule across fields), so a form
 * checks with the very schema the API validates with.
 */
export function fieldErrors<F extends string = string>(
  error: z.ZodError,
  fieldOf: (path: readonly PropertyKey[]) => F | undefined = lastName as (path: readonly PropertyKey[]) => F | undefined
): { fields: Partial<Record<F, string>>; other: string[] } {
  const fields: Partial<Record<F, string>> = {}
  const other: string[] = []
  for (const issue of error.issues) {
    const field = fieldOf(issue.path)
    if (field === undefined) other.push(issue.message)
    else fields[field] ??= issue.message
  }
  return { fields, other: [...new Set(other)] }
}
