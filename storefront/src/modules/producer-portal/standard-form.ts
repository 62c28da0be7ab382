// The form that publishes a version of a product's TCCS or production process. The backend decides
// (PublishStandardBody for the fields, the file's bytes for its type); this check, with the same schema,
// only spares a slow upload that would fail.
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from "@ocop/contracts"
import { fieldErrors, PublishStandardBody } from "@ocop/contracts/schemas"

export type StandardField = "kind" | "version" | "effective_on" | "file"

type FileLike = { name: string; type: string; size: number }

export function readStandardFields(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "").trim()
  return { kind: text("kind"), version: text("version"), effective_on: text("effective_on") }
}

/** What is wrong with the fields and the file, by field, in Vietnamese; empty when fine. */
export function standardProblems(
  fields: ReturnType<typeof readStandardFields>,
  file: FileLike | null
): Partial<Record<StandardField, string>> {
  const parsed = PublishStandardBody.safeParse(fields)
  const errors: Partial<Record<StandardField, string>> = parsed.success ? {} : fieldErrors<StandardField>(parsed.error).fields
  if (!file || file.size === 0) errors.file = "Chọn tệp PDF hoặc ảnh của tài liệu."
  else if (!(DOCUMENT_TYPES as readonly string[]).includes(file.type))
    errors.file = `Tệp "${file.name}" không phải PDF hay ảnh JPEG, PNG, WebP.`
  else if (file.size > MAX_DOCUMENT_BYTES) errors.file = `Tệp "${file.name}" nặng hơn 10 MB; hãy gửi tệp nhỏ hơn.`
  return errors
}
