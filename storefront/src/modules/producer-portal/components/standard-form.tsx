"use client"

import { useActionState } from "react"
import { STANDARD_KIND_LABELS, STANDARD_KINDS } from "@ocop/contracts"
import type { FormState } from "@/modules/common/form-state"
import {
  FieldFrame,
  FormMessage,
  primaryButton,
  SelectField,
  TextField,
  describe,
  inputClass,
} from "@/modules/common/components/fields"
import { DOCUMENT_TYPES } from "@ocop/contracts"
import type { StandardField } from "@/modules/producer-portal/standard-form"

type Action = (state: FormState<StandardField>, form: FormData) => Promise<FormState<StandardField>>

const KIND_OPTIONS = STANDARD_KINDS.map((kind) => ({ value: kind, label: STANDARD_KIND_LABELS[kind] }))

/** Publishes a new version: earlier versions stay on record, the latest in force is the one shown to shoppers. */
export default function StandardForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  const errors = state.errors ?? {}
  const values = state.status === "error" ? (state.values ?? {}) : {}

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="standard-kind"
          name="kind"
          label="Loại tài liệu"
          options={KIND_OPTIONS}
          defaultValue={values.kind ?? "tccs"}
          error={errors.kind}
        />
        <TextField
          id="standard-version"
          name="version"
          label="Số hiệu phiên bản"
          hint="Như in trên tài liệu, ví dụ TCCS 01:2026/HTX Kỳ Phú."
          maxLength={100}
          defaultValue={values.version}
          error={errors.version}
        />
        <TextField
          id="standard-effective-on"
          name="effective_on"
          type="date"
          label="Ngày hiệu lực"
          hint="Có thể công bố trước ngày hiệu lực (tối đa một năm)."
          defaultValue={values.effective_on}
          error={errors.effective_on}
        />
        <FieldFrame
          id="standard-file"
          label="Tệp tài liệu"
          hint="PDF hoặc ảnh JPEG, PNG, WebP; tối đa 10 MB."
          error={errors.file}
        >
          <input
            id="standard-file"
            name="file"
            type="file"
            required
            accept={DOCUMENT_TYPES.join(",")}
            className={inputClass}
            {...describe("standard-file", errors.file, "PDF hoặc ảnh")}
          />
        </FieldFrame>
      </div>
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang công bố…" : "Công bố phiên bản"}
      </button>
    </form>
  )
}
