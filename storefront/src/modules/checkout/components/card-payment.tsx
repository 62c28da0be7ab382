"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
// The pure entry loads Stripe.js only when loadStripe is called (the default one loads it on import).
import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useState, useTransition } from "react"
import { completeCardOrder, type CardStep } from "@/modules/checkout/actions"
import { cardPayLabel } from "@/modules/checkout/payment"

/** Where Stripe sends the shopper back after a bank's 3-D Secure page, if it needed a redirect. */
const CARD_RETURN_PATH = "/checkout/card-return"

let stripe: Promise<Stripe | null> | undefined

/**
 * The card step: Stripe's Payment Element for the cart's payment intent, and the button that pays
 * exactly what Stripe will charge. Loaded only when cards are offered and chosen (checkout-form.tsx).
 */
export default function CardPayment({ publishableKey, step }: { publishableKey: string; step: CardStep }) {
  stripe ??= loadStripe(publishableKey)
  return (
    <Elements stripe={stripe} options={{ clientSecret: step.clientSecret, locale: "vi" }}>
      <CardForm amount={step.amount} />
    </Elements>
  )
}

function CardForm({ amount }: { amount: number }) {
  const stripe = useStripe()
  const elements = useElements()
  const [refusal, setRefusal] = useState<string | null>(null)
  const [paying, startPaying] = useTransition()

  function pay() {
    if (!stripe || !elements) return
    setRefusal(null)
    startPaying(async () => {
      // 3-D Secure opens in Stripe's own dialog; only a bank that insists on a redirect leaves the page.
      const { error } = await stripe.confirmPayment({
        elements,
        redirect: "if_required",
        confirmParams: { return_url: `${window.location.origin}${CARD_RETURN_PATH}` },
      })
      if (error) {
        setRefusal(error.message ?? "Thẻ không được chấp nhận. Vui lòng kiểm tra lại hoặc dùng thẻ khác.")
        return
      }
      setRefusal(await completeCardOrder())
    })
  }

  return (
    <section aria-labelledby="card-step-heading" className="flex flex-col gap-4 rounded-lg border border-emerald-700 p-5">
      <h2 id="card-step-heading" className="text-xl font-bold">
        Thông tin thẻ
      </h2>
      <PaymentElement />
      {refusal && (
        <p role="alert" className="font-semibold text-red-700">
          {refusal}
        </p>
      )}
      <button
        type="button"
        onClick={pay}
        disabled={!stripe || !elements || paying}
        className="rounded-lg bg-emerald-700 px-6 py-3 text-lg font-semibold text-white hover:bg-emerald-800 disabled:cursor-wait disabled:bg-stone-200 disabled:text-stone-600"
      >
        {paying ? "Đang thanh toán…" : cardPayLabel(amount)}
      </button>
    </section>
  )
}
