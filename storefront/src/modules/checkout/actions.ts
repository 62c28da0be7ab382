"use server"

import { FetchError } from "@medusajs/js-sdk"
import { refresh, revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { completeCart, forgetCart, initiateCodPayment, retrieveCart, setCartDelivery, updateCart } from "@/lib/data/cart"
import { PRODUCTS_TAG } from "@/lib/data/products"
import { certificateRefusal, isInsufficientInventory } from "@/lib/store-errors"
import { readCheckoutForm, validateCheckout, type CheckoutErrors, type CheckoutValues } from "./validation"

export type CheckoutState = {
  /** What was submitted, so the form shows it again after a failed attempt. */
  values?: CheckoutValues
  errors: CheckoutErrors
  /** A problem with the order as a whole rather than with one field. */
  formError?: string
  /** The problem is fixed in the cart (which is kept): offer the way back to it. */
  fixInCart?: boolean
}

const OUT_OF_STOCK = "Một số sản phẩm trong giỏ không còn đủ hàng. Vui lòng kiểm tra lại giỏ hàng."

const STANDARD_DELIVERY = "standard"

export async function chooseStandardDelivery(): Promise<void> {
  const cart = await retrieveCart("id,completed_at")
  if (cart) await setCartDelivery(cart.id, STANDARD_DELIVERY)
  refresh()
}

export async function placeOrder(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const values = readCheckoutForm(form)
  const validation = validateCheckout(values)
  if (!validation.ok) return { values, errors: validation.errors }
  const { input } = validation

  const cart = await retrieveCart()
  if (!cart?.items?.length) return { values, errors: {}, formError: "Giỏ hàng của bạn đang trống." }

  let orderId: string
  try {
    const address = {
      // Vietnamese names are written in full, family name first: keep them whole.
      first_name: input.fullName,
      last_name: "",
      address_1: input.address,
      city: input.commune,
      province: input.province,
      country_code: "vn",
      phone: input.phone,
    }
    // The address first: which shipping options apply depends on where the parcels go.
    await updateCart(cart.id, { email: input.email, shipping_address: address, billing_address: address })
    // Also done when the shopper picks delivery; repeated here so the order never leaves without it.
    try {
      await setCartDelivery(cart.id, STANDARD_DELIVERY)
    } catch (error) {
      if (!(error instanceof FetchError) || error.status !== 400) throw error
      return { values, errors: { delivery: error.message } }
    }
    await initiateCodPayment(cart)
    const result = await completeCart(cart.id)
    if (result.type === "cart") {
      console.error("Cart completion refused:", result.error)
      return {
        values,
        errors: {},
        formError: isInsufficientInventory(result.error)
          ? OUT_OF_STOCK
          : "Không thể hoàn tất đơn hàng. Giỏ hàng vẫn được giữ nguyên, vui lòng thử lại.",
      }
    }
    orderId = result.order.id
  } catch (error) {
    if (isInsufficientInventory(error)) return { values, errors: {}, formError: OUT_OF_STOCK }
    // A line's certificate was revoked, suspended or lapsed since it was added: the backend names it.
    const refusal = certificateRefusal(error)
    if (refusal) return { values, errors: {}, formError: refusal, fixInCart: true }
    console.error("Placing the order failed:", error)
    return { values, errors: {}, formError: "Không thể đặt hàng lúc này. Vui lòng thử lại sau ít phút." }
  }

  await forgetCart()
  revalidateTag(PRODUCTS_TAG, "max") // stock went down
  redirect(`/order/${orderId}/confirmed`)
}
