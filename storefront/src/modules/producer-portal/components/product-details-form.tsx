"use client"

import Thumbnail from "@/modules/common/components/thumbnail"
import type { ProductField } from "@/modules/producer-portal/actions/products"
import type { FormState } from "@/modules/common/form-state"
import { productProblemsBeforeUpload } from "@/modules/producer-portal/product-form"
import type { PortalProduct } from "@ocop/contracts"
import { FormMessage, primaryButton } from "@/modules/common/components/fields"
import ImagesField from "./images-field"
import { ProductTextFields } from "./product-fields"
import { problemsOrNull, useCheckedForm } from "@/modules/common/components/use-form-check"

type Action = (state: FormState<ProductField>, form: FormData) => Promise<FormState<ProductField>>

function check(form: FormData) {
  return problemsOrNull(productProblemsBeforeUpload(form))
}

/** A product's title, description and pictures (remove some, add more). */
export default function ProductDetailsForm({
  action,
  product,
}: {
  action: Action
  product: Pick<PortalProduct, "title" | "description" | "images">
}) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, check)
  // After a refusal, what was typed; otherwise what is saved.
  const values = state.status === "error" && state.values ? state.values : product

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage state={state} />
      <ProductTextFields values={values} errors={errors} />
      {product.images.length > 0 && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold">Ảnh hiện có</legend>
          <ul className="flex flex-wrap gap-3">
            {product.images.map((url, index) => (
              <li key={url} className="flex flex-col items-center gap-1">
                <Thumbnail src={url} size={96} alt={`Ảnh ${index + 1}`} className="size-24 rounded border border-stone-200" />
                <label className="flex items-center gap-1.5 text-sm">
                  <input type="checkbox" name="remove_images" value={url} className="size-4 accent-red-700" />
                  Xóa ảnh {index + 1}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <ImagesField id="product-images" name="images" label="Thêm ảnh" multiple error={errors.images} />
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang lưu…" : "Lưu thông tin sản phẩm"}
      </button>
    </form>
  )
}
