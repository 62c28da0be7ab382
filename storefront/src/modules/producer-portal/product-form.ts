// A product's own fields (its packagings are in packaging.ts), checked alike in the browser and the action.
import { chosenFiles, imageProblem } from "./images"

export type ProductValues = { title: string; description: string }

export function readProductFields(form: FormData): ProductValues {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value.trim() : ""
  }
  return { title: text("title"), description: text("description") }
}

export function productProblems(form: FormData): Partial<Record<"title" | "description" | "images", string>> {
  const { title, description } = readProductFields(form)
  const problems: Partial<Record<"title" | "description" | "images", string>> = {}
  if (!title) problems.title = "Vui lòng nhập tên sản phẩm."
  else if (title.length > 200) problems.title = "Tên sản phẩm tối đa 200 ký tự."
  if (description.length > 5000) problems.description = "Mô tả tối đa 5.000 ký tự."
  return problems
}

/** What the browser checks before sending: the fields and the chosen pictures (the action only uploads them). */
export function productProblemsBeforeUpload(form: FormData) {
  const problems = productProblems(form)
  const images = imageProblem(chosenFiles(form.getAll("images") as (File | string)[]))
  if (images) problems.images = images
  return problems
}
