// The form that answers a violation. The backend decides (AnswerViolationBody for the text, each file's
// bytes for its type); this check only spares a slow upload that would fail.
import { AnswerViolationBody, fieldErrors } from "@ocop/contracts/schemas"
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from "@ocop/contracts"

export type AnswerField = "text" | "files"

/** At most this many files per answer: each up to 10 MB, within the server actions' body limit (next.config). */
export const MAX_ANSWER_FILES = 4

type FileLike = { name: string; type: string; size: number }

/** What is wrong with the answer and its files, by field, in Vietnamese; empty when fine. */
export function answerProblems(text: string, files: FileLike[]): Partial<Record<AnswerField, string>> {
  const parsed = AnswerViolationBody.safeParse({ text })
  const errors: Partial<Record<AnswerField, string>> = parsed.success ? {} : fieldErrors<AnswerField>(parsed.error).fields
  const wrong = files.find((file) => !(DOCUMENT_TYPES as readonly string[]).includes(file.type))
  const heavy = files.find((file) => file.size > MAX_DOCUMENT_BYTES)
  if (files.length > MAX_ANSWER_FILES) errors.files = `Gửi tối đa ${MAX_ANSWER_FILES} tệp minh chứng mỗi lần.`
  else if (wrong) errors.files = `Tệp "${wrong.name}" không phải PDF hay ảnh JPEG, PNG, WebP.`
  else if (heavy) errors.files = `Tệp "${heavy.name}" nặng hơn 10 MB; hãy gửi tệp nhỏ hơn.`
  return errors
}
