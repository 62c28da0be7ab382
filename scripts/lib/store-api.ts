/** The Store API as the storefront calls it, for scripts that act as shoppers (benchmarks, the crash test). */

/**
 * A store API request: JSON both ways, an error that names the route (ids left out, so that failures group).
 * The caller names the answer's shape, as far as it reads it.
 */
export type StoreRequest = <Answer = unknown>(method: "GET" | "POST" | "DELETE", route: string, body?: unknown) => Promise<Answer>

/** What the Store API answers, as far as the scripted shoppers read it. */
export type CartAnswer = { cart: { id: string } }
export type PaymentCollectionAnswer = { payment_collection: { id: string } }
export type CompleteAnswer = { type: "order"; order: { id: string } } | { type: "cart"; error?: { message: string } }

export function storeClient(backendUrl: string, storeHeaders: Record<string, string>): StoreRequest {
  const headers = { ...storeHeaders, "content-type": "application/json" }
  return async <Answer>(method: "GET" | "POST" | "DELETE", route: string, body?: unknown) => {
    const response = await fetch(`${backendUrl}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const answer: unknown = await response.json()
    if (!response.ok) {
      const path = route.replace(/\?.*/, "").replace(/[a-z][a-z_]*_[0-9A-Z]{26}/g, ":id")
      throw new Error(`${method} ${path}: ${response.status} ${(answer as { message?: string }).message}`)
    }
    return answer as Answer
  }
}

/** Where every scripted shopper lives. */
export const SHOPPER_ADDRESS = {
  first_name: "Nguyễn Văn An",
  last_name: "",
  phone: "0912345678",
  address_1: "12 Trần Phú",
  city: "Phường Thành Sen",
  province: "Hà Tĩnh",
  country_code: "vn",
}

export type CheckoutStep = "address" | "delivery" | "paymentCollection" | "paymentSession"

/** What the storefront's placeOrder does before completing: email and addresses, standard delivery, cash on delivery. */
export async function prepareCheckout(
  store: StoreRequest,
  cartId: string,
  email: string,
  timed: <T>(step: CheckoutStep, work: () => Promise<T>) => Promise<T> = (_, work) => work()
) {
  const route = `/store/carts/${cartId}`
  await timed("address", () =>
    store("POST", `${route}?fields=id`, { email, shipping_address: SHOPPER_ADDRESS, billing_address: SHOPPER_ADDRESS })
  )
  await timed("delivery", () => store("POST", `${route}/delivery`, { code: "standard" }))
  const { payment_collection } = await timed("paymentCollection", () =>
    store<PaymentCollectionAnswer>("POST", "/store/payment-collections", { cart_id: cartId })
  )
  await timed("paymentSession", () =>
    store("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  )
}
