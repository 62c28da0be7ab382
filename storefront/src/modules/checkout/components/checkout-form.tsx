"use client"

import dynamic from "next/dynamic"
import Link from "next/link"
import { useActionState, useState, useTransition } from "react"
import { chooseDelivery, placeOrder, type CheckoutState } from "@/modules/checkout/actions"
import { offeredPaymentMethods, PAYMENT_LABEL, PAYMENT_NOTE } from "@/modules/checkout/payment"
import { isPickup, type DeliveryOption } from "@/modules/checkout/shipping"
import type { CheckoutField, CheckoutValues } from "@/modules/checkout/validation"
import AddressUnitsPicker from "./address-units-picker"

// Stripe's code is fetched only for a shopper who chose to pay by card.
const CardPayment = dynamic(() => import("./card-payment"), { ssr: false })

const inputClass =
  "w-full rounded-lg border border-stone-400 px-3 py-2 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700"

/** Ids that tie an input to its error text. */
const ids = (name: CheckoutField) => ({ input: `checkout-${name}`, error: `checkout-${name}-error` })

function FieldError({ name, error }: { name: CheckoutField; error?: string }) {
  if (!error) return null
  return (
    <p id={ids(name).error} className="text-sm font-semibold text-red-700">
      {error}
    </p>
  )
}

function TextField({
  name,
  label,
  error,
  defaultValue,
  ...props
}: {
  name: CheckoutField
  label: string
  error?: string
  defaultValue?: string
} & Pick<React.ComponentProps<"input">, "type" | "autoComplete" | "inputMode" | "placeholder">) {
  const { input, error: errorId } = ids(name)
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={input} className="font-semibold">
        {label}
      </label>
      <input
        id={input}
        name={name}
        defaultValue={defaultValue}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={inputClass}
        {...props}
      />
      <FieldError name={name} error={error} />
    </div>
  )
}

export default function CheckoutForm({
  defaults,
  deliveryOptions,
  provinces,
  stripeKey,
  notice,
}: {
  /** The address pickers' values are the units' official codes. */
  defaults: Partial<CheckoutValues>
  deliveryOptions: DeliveryOption[]
  /** The 34 provinces for the province picker (address-units.ts `provinceChoices`). */
  provinces: { code: string; name: string }[]
  /** Stripe's publishable key when cards are offered (payment.ts `offersCards`); otherwise no card choice. */
  stripeKey: string | null
  /** Why the shopper is back at checkout (a card refused after 3-D Secure), shown as the form's problem. */
  notice?: string
}) {
  const [state, formAction, pending] = useActionState<CheckoutState, FormData>(placeOrder, { errors: {}, formError: notice })
  const [choosingDelivery, startChoosing] = useTransition()
  const values = state.values ?? defaults
  const [delivery, setDelivery] = useState(
    values.delivery ||
      deliveryOptions.find((option) => option.chosen)?.code ||
      (deliveryOptions.length === 1 ? deliveryOptions[0].code : "")
  )
  const [deliveryRefusal, setDeliveryRefusal] = useState<string | null>(null)
  const errors = { ...state.errors, ...(deliveryRefusal ? { delivery: deliveryRefusal } : {}) }

  function choose(code: string) {
    setDelivery(code)
    setDeliveryRefusal(null)
    startChoosing(async () => setDeliveryRefusal(await chooseDelivery(code)))
  }

  return (
    // noValidate: the server's Vietnamese messages, next to each field, are the single source of truth.
    <form action={formAction} noValidate className="flex flex-col gap-8">
      {state.formError && (
        <div role="alert" className="rounded-lg border border-red-700 bg-red-50 p-4 font-semibold text-red-800">
          <p>{state.formError}</p>
          {state.fixInCart && (
            <Link href="/cart" className="mt-2 inline-block text-emerald-800 underline">
              Quay lại giỏ hàng
            </Link>
          )}
        </div>
      )}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">Thông tin liên hệ</legend>
        <TextField
          name="full_name"
          label="Họ và tên"
          autoComplete="name"
          defaultValue={values.full_name}
          error={errors.full_name}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          name="phone"
          label="Số điện thoại"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          placeholder="0912 345 678"
          defaultValue={values.phone}
          error={errors.phone}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-3" aria-describedby={errors.delivery ? ids("delivery").error : undefined}>
        <legend className="mb-2 text-xl font-bold">Cách nhận hàng</legend>
        {deliveryOptions.length > 0 ? (
          deliveryOptions.map((option) => (
            <label
              key={option.code}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 p-4 has-checked:border-emerald-700 has-checked:bg-emerald-50"
            >
              <input
                type="radio"
                name="delivery"
                value={option.code}
                checked={delivery === option.code}
                onChange={() => choose(option.code)}
                className="mt-1 size-4 accent-emerald-700"
              />
              <span className="flex min-w-0 flex-col">
                <span className="font-semibold">
                  {option.label} · {option.fee}
                </span>
                {option.note && <span className="text-sm text-stone-700">{option.note}</span>}
                {option.pickup && <span className="text-sm text-stone-700">Điểm bán giữ hàng cho bạn đến khi bạn tới nhận.</span>}
                {choosingDelivery && delivery === option.code && (
                  <span className="text-sm text-stone-700" role="status">
                    Đang cập nhật…
                  </span>
                )}
              </span>
            </label>
          ))
        ) : (
          <p className="text-stone-700">Chưa có cách nhận hàng cho giỏ hàng này.</p>
        )}
        <FieldError name="delivery" error={errors.delivery} />
      </fieldset>

      {/* Hidden, not removed, for a pickup: what was typed stays if the shopper switches back. */}
      <fieldset hidden={isPickup(delivery)} className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">Địa chỉ giao hàng</legend>
        <AddressUnitsPicker
          // Keyed so a failed submission's choice is shown again (the picker keeps its own state otherwise).
          key={`${values.province ?? ""}:${values.commune ?? ""}`}
          provinces={provinces}
          province={values.province ?? ""}
          commune={values.commune ?? ""}
          errors={{ province: errors.province, commune: errors.commune }}
        />
        <TextField
          name="address"
          label="Địa chỉ cụ thể"
          autoComplete="street-address"
          placeholder="Số nhà, tên đường, thôn/xóm"
          defaultValue={values.address}
          error={errors.address}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-3" aria-describedby={errors.payment ? ids("payment").error : undefined}>
        <legend className="mb-2 text-xl font-bold">Phương thức thanh toán</legend>
        {offeredPaymentMethods(!!stripeKey).map((method) => (
          <label
            key={method.value}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 p-4 has-checked:border-emerald-700 has-checked:bg-emerald-50"
          >
            <input
              type="radio"
              name="payment"
              value={method.value}
              defaultChecked={values.payment === method.value}
              className="mt-1 size-4 accent-emerald-700"
            />
            <span className="flex flex-col">
              <span className="font-semibold">{PAYMENT_LABEL[method.provider_id]}</span>
              <span className="text-sm text-stone-700">{PAYMENT_NOTE[method.provider_id]}</span>
            </span>
          </label>
        ))}
        <FieldError name="payment" error={errors.payment} />
      </fieldset>

      <button
        type="submit"
        disabled={pending || choosingDelivery}
        className="rounded-lg bg-emerald-700 px-6 py-3 text-lg font-semibold text-white hover:bg-emerald-800 disabled:cursor-wait disabled:bg-stone-200 disabled:text-stone-600"
      >
        {pending ? "Đang đặt hàng…" : state.card ? "Cập nhật đơn hàng" : "Đặt hàng"}
      </button>
      {/* Keyed by the intent: a changed order (delivery, amount) gets a fresh Payment Element. */}
      {state.card && stripeKey && <CardPayment key={state.card.clientSecret} publishableKey={stripeKey} step={state.card} />}
    </form>
  )
}
