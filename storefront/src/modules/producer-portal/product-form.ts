// A product's own fields (its packagings are in packaging.ts), checked alike in the browser and the action.
import { fieldErrors, ProductFields } from "@ocop/contracts/schemas"
import { chosenFiles, imageProblem } from "./images"

export type ProductValues = { title: string; description: string }

export function readProductFields(form: FormData): ProductValues {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value.trim() : ""
  }
  return { title: text("title"), description: text("description") }
}

type ProductField = "title" | "description" | "images"

/** The title and description, checked with the API's own rule. */
export function productProblems(form: FormData): Partial<Record<ProductField, string>> {
  const parsed = ProductFields.safeParse(readProductFields(form))
  return parsed.success ? {} : fieldErrors<ProductField>(parsed.error).fields
}

/** What the browser checks before sending: the fields and the chosen pictures (the action only uploads them). */
export function productProblemsBeforeUpload(form: FormData) {
  const problems = productProblems(form)
  const images = imageProblem(chosenFiles(form.getAll("images") as (File | string)[]))
  if (images) problems.images = images
  return problems
}
