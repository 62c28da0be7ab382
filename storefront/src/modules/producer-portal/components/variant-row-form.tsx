"use client"

import type { VariantField } from "@/modules/producer-portal/actions/products"
import type { FormState } from "@/modules/common/form-state"
import { priceError, stockError } from "@/modules/producer-portal/packaging"
import type { PortalVariant } from "@ocop/contracts"
import { describe, FieldError, FormMessage, inputClass, secondaryButton } from "@/modules/common/components/fields"
import { problemsOrNull, useCheckedForm } from "@/modules/common/components/use-form-check"

type Action = (state: FormState<VariantField>, form: FormData) => Promise<FormState<VariantField>>

function check(form: FormData) {
  return problemsOrNull<VariantField>({
    price: priceError(String(form.get("price") ?? "").trim()),
    stock: stockError(String(form.get("stock") ?? "").trim()),
  })
}

/** One packaging's price and stock, saved on its own: its "Lưu" button names the packaging. */
export default function VariantRowForm({ action, variant }: { action: Action; variant: PortalVariant }) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, check)
  const values = state.status === "error" && state.values ? state.values : undefined
  const ids = { price: `variant-${variant.id}-price`, stock: `variant-${variant.id}-stock` }

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-stone-200 p-4 sm:grid-cols-[1fr_10rem_7rem_auto] sm:items-start"
    >
      <div className="flex flex-col gap-1">
        <p className="font-semibold">{variant.title}</p>
        <p className="font-mono text-sm text-stone-600">SKU: {variant.sku}</p>
        <p className="text-sm">
          {variant.certified ? (
            <span className="font-semibold text-emerald-800">Được chứng nhận OCOP</span>
          ) : (
            <span className="text-amber-900">Chưa có trong giấy chứng nhận OCOP</span>
          )}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.price} className="text-sm font-semibold">
          Giá (₫) <span className="sr-only">{variant.title}</span>
        </label>
        <input
          id={ids.price}
          name="price"
          inputMode="numeric"
          required
          key={`price-${variant.price}-${values?.price}`}
          defaultValue={values?.price ?? variant.price ?? ""}
          className={inputClass}
          {...describe(ids.price, errors.price)}
        />
        <FieldError id={ids.price} error={errors.price} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.stock} className="text-sm font-semibold">
          Tồn kho <span className="sr-only">{variant.title}</span>
        </label>
        <input
          id={ids.stock}
          name="stock"
          inputMode="numeric"
          required
          key={`stock-${variant.stock}-${values?.stock}`}
          defaultValue={values?.stock ?? variant.stock}
          className={inputClass}
          {...describe(ids.stock, errors.stock)}
        />
        <FieldError id={ids.stock} error={errors.stock} />
      </div>
      <button type="submit" disabled={pending} aria-label={`Lưu ${variant.title}`} className={`${secondaryButton} sm:mt-6`}>
        {pending ? "Đang lưu…" : "Lưu"}
      </button>
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
    </form>
  )
}
