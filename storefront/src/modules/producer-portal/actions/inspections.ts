"use server"

import { refresh } from "next/cache"
import { answerViolation } from "@/lib/data/producer-portal"
import type { FormState } from "@/modules/common/form-state"
import { attempt } from "@/modules/common/actions/attempt"
import { chosenFiles } from "@/modules/producer-portal/images"
import { type AnswerField, answerProblems } from "@/modules/producer-portal/violation-answer"

/** Sends the producer's answer to an open violation, with its evidence files, for the office to read. */
export async function answerViolationAction(
  violationId: string,
  _prev: FormState<AnswerField>,
  form: FormData
): Promise<FormState<AnswerField>> {
  const text = String(form.get("text") ?? "").trim()
  const files = chosenFiles(form.getAll("files") as (File | string)[])
  const errors = answerProblems(text, files)
  if (Object.keys(errors).length > 0) return { status: "error", errors, values: { text } }
  const sent = await attempt(() => answerViolation(violationId, text, files), "answer violation")
  if (!sent.ok) return { status: "error", message: sent.message, values: { text } }
  refresh()
  return { status: "success", message: "Đã gửi trả lời cho Văn phòng Điều phối OCOP." }
}
