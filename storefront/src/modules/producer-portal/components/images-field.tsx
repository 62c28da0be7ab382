"use client"

import { useState } from "react"
import { chosenFiles, imageProblem, MAX_IMAGES_PER_UPLOAD } from "@/modules/producer-portal/images"
import { describe, FieldFrame } from "@/modules/common/components/fields"

/**
 * A file input for pictures, checked as soon as files are chosen (type, 5 MB) so a refusal comes
 * before a slow upload. The backend checks again; its message arrives through `error`.
 */
export default function ImagesField({
  id,
  name,
  label,
  multiple = false,
  error,
}: {
  id: string
  name: string
  label: string
  multiple?: boolean
  error?: string
}) {
  const [problem, setProblem] = useState<string | null>(null)
  const shown = problem ?? error
  const hint = multiple
    ? `Ảnh JPEG, PNG hoặc WebP, tối đa 5 MB mỗi ảnh, ${MAX_IMAGES_PER_UPLOAD} ảnh mỗi lần.`
    : "Ảnh JPEG, PNG hoặc WebP, tối đa 5 MB."
  return (
    <FieldFrame id={id} label={label} error={shown} hint={hint} optional>
      <input
        id={id}
        name={name}
        type="file"
        accept="image/*"
        multiple={multiple}
        onChange={(event) => setProblem(imageProblem(chosenFiles(event.currentTarget.files ?? [])))}
        className="w-full rounded-lg border border-stone-400 bg-white px-3 py-2 file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-3 file:py-1 file:font-semibold aria-invalid:border-red-700"
        {...describe(id, shown, hint)}
      />
    </FieldFrame>
  )
}
