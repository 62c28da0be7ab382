"use client"

import { useActionState } from "react"
import Thumbnail from "@/modules/common/components/thumbnail"
import { createProductAction, type ProductField, type ProductFormState } from "@/modules/producer-portal/actions/products"
import { readPackagingRows, validatePackagingRows, type PackagingErrors } from "@/modules/producer-portal/packaging"
import { productProblemsBeforeUpload } from "@/modules/producer-portal/product-form"
import { FormMessage, primaryButton } from "@/modules/common/components/fields"
import ImagesField from "./images-field"
import PackagingRows from "./packaging-rows"
import { ProductTextFields } from "./product-fields"
import { useFormCheck } from "@/modules/common/components/use-form-check"

type Problems = {
  fields: Partial<Record<ProductField, string>>
  rows: Record<string, PackagingErrors>
  message?: string
}

function check(form: FormData): Problems | null {
  const fields = productProblemsBeforeUpload(form)
  const packagings = validatePackagingRows(readPackagingRows(form))
  if (packagings.ok && Object.keys(fields).length === 0) return null
  return packagings.ok ? { fields, rows: {} } : { fields, rows: packagings.errors, message: packagings.formError }
}

export default function NewProductForm() {
  const [state, formAction, pending] = useActionState<ProductFormState, FormData>(createProductAction, {
    status: "idle",
  })
  const { found, onSubmit, formRef } = useFormCheck(check, state)
  const errors = found?.fields ?? state.errors ?? {}
  const rowErrors = found?.rows ?? state.rowErrors
  const message = found ? { status: "error" as const, message: found.message } : state

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormMessage state={message} />
      <ProductTextFields values={state.values} errors={errors} titlePlaceholder="Ví dụ: Kẹo cu đơ Hương Sơn" />
      {state.uploaded && state.uploaded.length > 0 && (
        <div className="flex flex-col gap-2">
          <p className="font-semibold">Ảnh đã tải lên</p>
          <ul className="flex flex-wrap gap-2">
            {state.uploaded.map((url, index) => (
              <li key={url}>
                <input type="hidden" name="uploaded" value={url} />
                <Thumbnail
                  src={url}
                  size={80}
                  alt={`Ảnh đã tải lên ${index + 1}`}
                  className="size-20 rounded border border-stone-200"
                />
              </li>
            ))}
          </ul>
        </div>
      )}
      <ImagesField id="product-images" name="images" label="Ảnh sản phẩm" multiple error={errors.images} />
      <PackagingRows key={state.attempt ?? 0} initial={state.rows} errors={rowErrors} />
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang tạo sản phẩm…" : "Tạo sản phẩm"}
      </button>
    </form>
  )
}
