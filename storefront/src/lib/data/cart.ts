import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cookies, headers } from "next/headers"
import { getSdk } from "@/lib/config"
import { customerHeaders } from "@/lib/data/customer"
import { getRegion } from "@/lib/data/regions"
import { isNotFound } from "@/lib/store-errors"

// Carts are per shopper: never cached. The cart id lives in an httpOnly cookie so client JS never sees it.
const CART_COOKIE = "_ocop_cart_id"

async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

async function rememberCart(id: string): Promise<void> {
  // Secure only behind HTTPS: the demo also runs on plain http on a LAN address.
  const secure = (await headers()).get("x-forwarded-proto") === "https"
  ;(await cookies()).set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: 60 * 60 * 24 * 30,
  })
}

export async function forgetCart(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

/** The shopper's open cart, or null (no cookie, unknown id, or already turned into an order). */
export async function retrieveCart(fields?: string): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await getSdk().store.cart.retrieve(id, fields ? { fields } : undefined)
    return cart.completed_at ? null : cart
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** A cart line that can no longer be ordered: its certificate was revoked, suspended or lapsed since. */
export type BlockedLine = { line_item_id: string; variant_id: string; product_title: string; variant_title: string }

/**
 * The shopper's cart lines that no valid OCOP certificate covers any more. Reads the cart id itself,
 * so a page can ask at the same time as it retrieves the cart. The lines stay: the shopper removes them.
 */
export async function listBlockedLines(): Promise<BlockedLine[]> {
  const id = await getCartId()
  if (!id) return []
  try {
    const { blocked_lines } = await getSdk().client.fetch<{ blocked_lines: BlockedLine[] }>(`/store/carts/${id}/certification`, {
      cache: "no-store",
    })
    return blocked_lines
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}

/**
 * Logging in keeps the guest's cart: its lines stay, and it becomes the customer's (Medusa's
 * `/store/carts/:id/customer`), so the order is placed in the account. No open cart: nothing to do.
 */
export async function claimCart(token: string): Promise<void> {
  const cart = await retrieveCart("id,completed_at")
  if (!cart) return
  await getSdk().store.cart.transferCart(cart.id, { fields: "id" }, { authorization: `Bearer ${token}` })
}

export async function getCartItemCount(): Promise<number> {
  const cart = await retrieveCart("id,completed_at,items.id,items.quantity")
  return cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0
}

async function getOrCreateCartId(): Promise<string> {
  const existing = await retrieveCart("id,completed_at")
  if (existing) return existing.id
  const region = await getRegion()
  // Logged in: the cart is the customer's from the start, so the order lands in the account.
  const { cart } = await getSdk().store.cart.create({ region_id: region.id }, { fields: "id" }, await customerHeaders())
  await rememberCart(cart.id)
  return cart.id
}

export async function addLineItem(variantId: string, quantity: number): Promise<void> {
  const cartId = await getOrCreateCartId()
  await getSdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" })
}

export async function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<void> {
  await getSdk().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" })
}

export async function deleteLineItem(cartId: string, lineId: string): Promise<void> {
  await getSdk().store.cart.deleteLineItem(cartId, lineId)
}

export async function updateCart(cartId: string, body: HttpTypes.StoreUpdateCart): Promise<void> {
  await getSdk().store.cart.update(cartId, body, { fields: "id" })
}

/**
 * One way for the whole cart to reach the shopper (see the backend route): home delivery, where each
 * producer ships its own parcel, or collection at a showroom whose shelf holds the whole cart.
 */
export type DeliveryChoice = {
  code: string
  label: string
  description: string | null
  amount: number
  parcels: { option_id: string; name: string; amount: number }[]
  /** The cart carries this choice now. */
  selected: boolean
  pickup: { handle: string; name: string; address: string; province: string; opening_hours: string } | null
}

export async function listDeliveryChoices(cartId: string): Promise<DeliveryChoice[]> {
  const { delivery_choices } = await getSdk().client.fetch<{ delivery_choices: DeliveryChoice[] }>(
    `/store/carts/${cartId}/delivery`,
    { cache: "no-store" }
  )
  return delivery_choices
}

/** Puts one shipping method per producer parcel on the cart (and, for a pickup, reserves at that showroom), in one backend workflow. */
export async function setCartDelivery(cartId: string, code: string): Promise<DeliveryChoice> {
  const { delivery } = await getSdk().client.fetch<{ delivery: DeliveryChoice }>(`/store/carts/${cartId}/delivery`, {
    method: "POST",
    body: { code },
  })
  return delivery
}

/** A payment session with the chosen provider: cash on delivery or bank transfer (VietQR). */
/** Chooses how the cart is paid; the session holds what the provider needs next (Stripe's client secret). */
export async function initiatePayment(
  cart: HttpTypes.StoreCart,
  providerId: string
): Promise<HttpTypes.StorePaymentSession | undefined> {
  const { payment_collection } = await getSdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId })
  return payment_collection.payment_sessions?.find((session) => session.provider_id === providerId)
}

/** The payment providers the backend offers in a region; read per checkout, so a provider turned on shows at once. */
export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await getSdk().store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.map((provider) => provider.id)
}

export async function completeCart(cartId: string): Promise<HttpTypes.StoreCompleteCartResponse> {
  return getSdk().store.cart.complete(cartId)
}

/**
 * The order the shopper's cart already became, when the checkout went through but its answer never
 * arrived (the backend restarted mid-checkout) and the cookie still names the cart: completing it
 * again returns that same order, which the backend first makes whole. Null for an open or unknown cart.
 */
export async function orderOfCompletedCart(): Promise<string | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await getSdk().store.cart.retrieve(id, { fields: "id,completed_at" })
    if (!cart.completed_at) return null
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
  const result = await completeCart(id)
  return result.type === "order" ? result.order.id : null
}
