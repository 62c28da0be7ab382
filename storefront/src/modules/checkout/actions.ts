"use server"

import { FetchError } from "@medusajs/js-sdk"
import { communesOf } from "@ocop/contracts/admin-units"
import { refresh } from "next/cache"
import {
  initiatePayment,
  listDeliveryChoices,
  orderOfCompletedCart,
  retrieveCart,
  setCartDelivery,
  updateCart,
} from "@/lib/data/cart"
import { certificateRefusal, isInsufficientInventory } from "@/lib/store-errors"
import { completeCheckout, confirmOrder, OUT_OF_STOCK } from "./complete"
import { CARD_PROVIDER_ID } from "./payment"
import { readCheckoutForm, storedAddress, validateCheckout, type CheckoutErrors, type CheckoutValues } from "./validation"

export type CheckoutState = {
  /** What was submitted, so the form shows it again after a failed attempt. */
  values?: CheckoutValues
  errors: CheckoutErrors
  /** A problem with the order as a whole rather than with one field. */
  formError?: string
  /** The problem is fixed in the cart (which is kept): offer the way back to it. */
  fixInCart?: boolean
  /** Paying by card: the cart is ready, the card is entered on Stripe's Payment Element next. */
  card?: CardStep
}

export type CardStep = {
  /** The payment intent's client secret, which the Payment Element confirms. */
  clientSecret: string
  /** What Stripe will charge, in đồng. */
  amount: number
}

/** Puts the chosen way on the cart now, so the summary shows its fee (or that a showroom holds it). */
export async function chooseDelivery(code: string): Promise<string | null> {
  const cart = await retrieveCart("id,completed_at")
  if (!cart) return null
  try {
    await setCartDelivery(cart.id, code)
  } catch (error) {
    // The showroom's shelf no longer holds the cart, say: the backend's sentence says so.
    if (error instanceof FetchError && error.status === 400) return error.message
    throw error
  }
  refresh()
  return null
}

const byVietnameseName = new Intl.Collator("vi")

/**
 * The communes of the province the shopper just chose, in Vietnamese alphabetical order: loaded on
 * demand so the checkout's JavaScript carries none of the 3,321 (the data stays on the server).
 */
export async function communesOfProvince(provinceCode: string): Promise<{ code: string; name: string }[]> {
  return communesOf(provinceCode)
    .map(({ code, name }) => ({ code, name }))
    .sort((a, b) => byVietnameseName.compare(a.name, b.name))
}

export async function placeOrder(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const values = readCheckoutForm(form)
  const validation = validateCheckout(values)
  if (!validation.ok) return { values, errors: validation.errors }
  const { input } = validation

  const cart = await retrieveCart()
  if (!cart?.items?.length) {
    // Pressed again after an order whose answer was lost: show that order rather than an empty cart.
    const placed = await orderOfCompletedCart()
    if (placed) return confirmOrder(placed)
    return { values, errors: {}, formError: "Giỏ hàng của bạn đang trống." }
  }

  let orderId: string
  try {
    // A collected order goes to the showroom: its address is the one the order shows.
    const pickup = input.address ? null : (await listDeliveryChoices(cart.id)).find((c) => c.code === input.delivery)?.pickup
    if (!input.address && !pickup) {
      return { values, errors: { delivery: "Điểm bán này không còn nhận giỏ hàng của bạn. Vui lòng chọn cách nhận hàng khác." } }
    }
    const address = input.address
      ? storedAddress(input.fullName, input.phone, input.address)
      : {
          first_name: input.fullName,
          last_name: "",
          address_1: `${pickup!.name}, ${pickup!.address}`,
          city: "",
          province: pickup!.province,
          country_code: "vn",
          phone: input.phone,
        }
    // The address first: which shipping options apply depends on where the parcels go.
    try {
      await updateCart(cart.id, { email: input.email, shipping_address: address, billing_address: address })
    } catch (error) {
      // The backend checks the commune against its province too; its sentence goes next to the picker.
      if (!(error instanceof FetchError) || error.status !== 400 || !input.address) throw error
      return { values, errors: { commune: error.message } }
    }
    // Also done when the shopper picks delivery; repeated here so the order never leaves without it.
    try {
      await setCartDelivery(cart.id, input.delivery)
    } catch (error) {
      if (!(error instanceof FetchError) || error.status !== 400) throw error
      return { values, errors: { delivery: error.message } }
    }
    const session = await initiatePayment(cart, input.paymentProviderId)
    // A card is confirmed with Stripe in the browser first (completeCardOrder then places the order).
    if (input.paymentProviderId === CARD_PROVIDER_ID) {
      const clientSecret = session?.data?.client_secret
      if (!session || typeof clientSecret !== "string") throw new Error("Stripe's payment session has no client secret")
      return { values, errors: {}, card: { clientSecret, amount: Number(session.amount) } }
    }
    const completed = await completeCheckout(cart.id)
    if ("formError" in completed) return { values, errors: {}, formError: completed.formError }
    orderId = completed.orderId
  } catch (error) {
    if (isInsufficientInventory(error)) return { values, errors: {}, formError: OUT_OF_STOCK }
    // A line's certificate was revoked, suspended or lapsed since it was added: the backend names it.
    const refusal = certificateRefusal(error)
    if (refusal) return { values, errors: {}, formError: refusal, fixInCart: true }
    console.error("Placing the order failed:", error)
    return { values, errors: {}, formError: "Không thể đặt hàng lúc này. Vui lòng thử lại sau ít phút." }
  }

  return confirmOrder(orderId)
}

/**
 * The shopper's card was accepted on the Payment Element (after 3-D Secure, if their bank asked): the
 * cart becomes the order, whose payment is captured as it is placed. Answers the sentence to show when
 * it could not; a webhook from Stripe would still place a paid order left behind.
 */
export async function completeCardOrder(): Promise<string> {
  const cart = await retrieveCart("id,completed_at")
  if (!cart) {
    // Stripe's event was quicker and placed the order already: show it.
    const placed = await orderOfCompletedCart()
    if (placed) return confirmOrder(placed)
    return "Giỏ hàng của bạn đang trống."
  }
  let completed: Awaited<ReturnType<typeof completeCheckout>>
  try {
    completed = await completeCheckout(cart.id)
  } catch (error) {
    if (isInsufficientInventory(error)) return OUT_OF_STOCK
    console.error("Placing the card order failed:", error)
    return "Không thể đặt hàng lúc này. Vui lòng thử lại sau ít phút."
  }
  if ("formError" in completed) return completed.formError
  return confirmOrder(completed.orderId)
}
