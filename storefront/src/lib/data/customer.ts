import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { getSdk } from "@/lib/config"
import { authFetch, portalSession } from "@/lib/data/portal-session"
import { hasActor } from "@/modules/common/auth-token"

// A shopper's account (issue 17): Medusa's customer auth (actor `customer`, emailpass), its token in an
// httpOnly cookie and passed per request, like the portals' (see portal-session.ts). Nothing is cached.

const session = portalSession({
  actor: "customer",
  cookie: "ocop_customer_token",
  loginPath: "/tai-khoan/dang-nhap",
  sessionExpiredPath: "/tai-khoan/het-phien",
})

export const { loginPath: LOGIN_PATH, loginAgainPath: LOGIN_AGAIN_PATH, logIn, rememberToken, forgetToken } = session
const { getToken, authorizedFetch } = session

/**
 * The logged-in customer's bearer header, or none: for the calls a guest makes too (the cart, an order
 * by its id), which the backend ties to the account when it knows who is asking.
 */
export async function customerHeaders(): Promise<Record<string, string>> {
  const token = await getToken()
  return token && hasActor(token, "customer") ? { authorization: `Bearer ${token}` } : {}
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,metadata,*addresses"

/**
 * The logged-in customer with the address book, or null (nobody, or a token the backend no longer
 * takes: the header shows "Đăng nhập" rather than failing the page). Once per render.
 */
export const currentCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  const headers = await customerHeaders()
  if (!headers.authorization) return null
  try {
    const { customer } = await getSdk().store.customer.retrieve({ fields: CUSTOMER_FIELDS }, headers)
    return customer
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) return null
    throw error
  }
})

/** A registration token for a new login; throws Medusa's refusal when the email already has one. */
export async function registerLogin(email: string, password: string): Promise<string> {
  const { token } = await authFetch<{ token: string }>("/auth/customer/emailpass/register", { email, password })
  return token
}

/** The customer for a fresh login, then a token that names it. */
export async function createCustomer(
  registrationToken: string,
  profile: { email: string; first_name: string; phone?: string }
): Promise<string> {
  await getSdk().store.customer.create(profile, {}, { authorization: `Bearer ${registrationToken}` })
  const { token } = await authFetch<{ token: string }>("/auth/token/refresh", undefined, registrationToken)
  return token
}

/** Medusa e-mails a reset link (the backend's subscriber) only when the email has a login; it answers alike either way. */
export async function requestPasswordReset(email: string): Promise<void> {
  await authFetch("/auth/customer/emailpass/reset-password", { identifier: email })
}

/** Sets a new password with a reset link's token; a used or expired token is a 401. */
export async function setNewPassword(resetToken: string, password: string): Promise<void> {
  await authFetch("/auth/customer/emailpass/update", { password }, resetToken)
}

/** (Re)sends the verification e-mail; with the new account's token right after registering, else the session's. */
export async function requestEmailVerification(token?: string): Promise<void> {
  if (token) {
    await getSdk().client.fetch("/store/customers/me/email-verification", {
      method: "POST",
      body: {},
      headers: { authorization: `Bearer ${token}` },
    })
  } else await authorizedFetch("/store/customers/me/email-verification", { method: "POST", body: {} })
}

/** The e-mailed link's token: the e-mail is verified and guest orders placed with it join the account. */
export async function verifyEmail(email: string, token: string): Promise<{ attached_orders: number }> {
  return getSdk().client.fetch<{ attached_orders: number }>("/store/customer-email/verify", {
    method: "POST",
    body: { email, token },
  })
}

export async function updateProfile(profile: { first_name: string; phone: string | null }): Promise<void> {
  await authorizedFetch("/store/customers/me", { method: "POST", body: { ...profile, last_name: "" } })
}

export type AddressInput = HttpTypes.StoreCreateCustomerAddress

export async function addAddress(address: AddressInput): Promise<void> {
  await authorizedFetch("/store/customers/me/addresses", { method: "POST", body: address })
}

export async function updateAddress(id: string, address: AddressInput): Promise<void> {
  await authorizedFetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, { method: "POST", body: address })
}

export async function deleteAddress(id: string): Promise<void> {
  await authorizedFetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, { method: "DELETE" })
}

/** The account's orders, newest first (Medusa's `GET /store/orders` answers the logged-in customer's only). */
export async function listMyOrders(): Promise<HttpTypes.StoreOrder[]> {
  const { orders } = await authorizedFetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: {
      fields: "id,display_id,created_at,status,total,currency_code,payment_status,fulfillment_status",
      order: "-created_at",
      limit: 50,
    },
  })
  return orders
}
