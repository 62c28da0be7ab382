"use client"

import { useActionState } from "react"
import type { FormState } from "@/modules/common/form-state"
import { describe, FieldFrame, FormMessage, inputClass, primaryButton, TextAreaField } from "@/modules/common/components/fields"
import { DOCUMENT_TYPES } from "@ocop/contracts"
import { type AnswerField, MAX_ANSWER_FILES } from "@/modules/producer-portal/violation-answer"

type Action = (state: FormState<AnswerField>, form: FormData) => Promise<FormState<AnswerField>>

/** The producer's answer to one open violation: what it corrected, with photos or PDFs as evidence. */
export default function ViolationAnswerForm({ id, action }: { id: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  const errors = state.errors ?? {}
  const values = state.status === "error" ? (state.values ?? {}) : {}
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} />
      <TextAreaField
        id={`answer-text-${id}`}
        name="text"
        label="Trả lời: đã khắc phục thế nào"
        maxLength={5000}
        defaultValue={values.text}
        error={errors.text}
      />
      <FieldFrame
        id={`answer-files-${id}`}
        label="Minh chứng"
        optional
        hint={`Ảnh JPEG, PNG, WebP hoặc PDF; tối đa ${MAX_ANSWER_FILES} tệp, mỗi tệp 10 MB.`}
        error={errors.files}
      >
        <input
          id={`answer-files-${id}`}
          name="files"
          type="file"
          multiple
          accept={DOCUMENT_TYPES.join(",")}
          className={inputClass}
          {...describe(`answer-files-${id}`, errors.files, "Ảnh hoặc PDF")}
        />
      </FieldFrame>
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang gửi…" : "Gửi trả lời"}
      </button>
    </form>
  )
}
