"use client"

import { useActionState, useState } from "react"
import { addToCart, type CartActionState } from "@/modules/cart/actions"
import { MAX_QUANTITY } from "@/modules/cart/quantity"
import { chosenVariant, STOCK_LABEL, type StockState } from "@/modules/products/stock"

/** A variant as the server has already priced and labelled it: the client formats nothing. */
export type VariantChoice = {
  id: string
  title: string
  price: string | null
  stock: StockState
}

const STOCK_CLASS: Record<StockState, string> = {
  in_stock: "text-emerald-800",
  low_stock: "text-amber-800",
  out_of_stock: "text-red-700",
}

export default function ProductActions({
  productId,
  optionTitle,
  variants,
}: {
  productId: string
  optionTitle: string
  variants: VariantChoice[]
}) {
  const [selectedId, setSelectedId] = useState<string>()
  const [state, formAction, pending] = useActionState<CartActionState, FormData>(addToCart, {
    status: "idle",
  })
  const selected = chosenVariant(variants, selectedId)
  const quantityError = state.status === "error" && state.field === "quantity"

  return (
    <form action={formAction} className="flex flex-col gap-5">
      <input type="hidden" name="product_id" value={productId} />
      <fieldset>
        <legend className="mb-2 font-semibold">{optionTitle}</legend>
        <div className="flex flex-wrap gap-2">
          {variants.map((variant) => (
            <label
              key={variant.id}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-4 py-2 has-checked:border-emerald-700 has-checked:bg-emerald-50 has-checked:ring-1 has-checked:ring-emerald-700"
            >
              <input
                type="radio"
                name="variant_id"
                value={variant.id}
                checked={variant.id === selected?.id}
                onChange={() => setSelectedId(variant.id)}
                className="size-4 accent-emerald-700"
              />
              {variant.title}
            </label>
          ))}
        </div>
      </fieldset>

      {selected && (
        <div aria-live="polite" className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <p className="text-2xl font-bold text-emerald-900">{selected.price ?? "Chưa có giá"}</p>
          <p className={`font-semibold ${STOCK_CLASS[selected.stock]}`}>{STOCK_LABEL[selected.stock]}</p>
        </div>
      )}

      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="quantity" className="font-semibold">
            Số lượng
          </label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUANTITY}
            defaultValue={1}
            aria-invalid={quantityError || undefined}
            aria-describedby={quantityError ? "add-to-cart-message" : undefined}
            className="w-24 rounded-lg border border-stone-400 px-3 py-2 aria-invalid:border-red-700"
          />
        </div>
        <button
          type="submit"
          disabled={pending || !selected || selected.stock === "out_of_stock"}
          className="rounded-lg bg-emerald-700 px-6 py-2.5 font-semibold text-white hover:bg-emerald-800 disabled:cursor-not-allowed disabled:bg-stone-200 disabled:text-stone-600"
        >
          {pending ? "Đang thêm…" : "Thêm vào giỏ hàng"}
        </button>
      </div>

      <p
        id="add-to-cart-message"
        role="status"
        className={state.status === "error" ? "font-semibold text-red-700" : "font-semibold text-emerald-800"}
      >
        {state.message}
      </p>
    </form>
  )
}
