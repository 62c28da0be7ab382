import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import seedDemoData, { DEMO_ADMIN, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed"

type Api = { post: (url: string, body: unknown, config?: { headers: Record<string, string> }) => Promise<{ data: any }> }

/** Seeds the demo store and returns the headers the storefront sends (its publishable key). */
export async function seedDemoStore(container: MedusaContainer) {
  await seedDemoData({ container, args: [] })
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
  return { headers: { "x-publishable-api-key": key.token } }
}

/** Headers of the coordination office, logged in as the demo admin. */
export async function adminHeaders(api: Api) {
  const { data } = await api.post("/auth/user/emailpass", DEMO_ADMIN)
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** Expects the request to fail with this status; returns the answer's message. */
export async function refused(request: Promise<unknown>, status: number): Promise<string> {
  const error: any = await request.then(
    () => null,
    (e) => e
  )
  expect(error?.response?.status).toBe(status)
  return error.response.data.message
}

/** Bearer headers of a demo producer member or counter login (every demo account shares one password). */
export async function demoLogin(api: Api, actor: "producer" | "showroom_staff", email: string) {
  const { data } = await api.post(`/auth/${actor}/emailpass`, { email, password: DEMO_ADMIN.password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** The shopper every test cart ships to. */
export const DEMO_SHOPPER = {
  email: "khach@example.vn",
  shipping_address: {
    // Family name first when shown, as Vietnamese names are: "Nguyễn Văn An".
    first_name: "An",
    last_name: "Nguyễn Văn",
    phone: "0912345678",
    address_1: "12 Trần Phú",
    city: "Phường Thành Sen",
    province: "Hà Tĩnh",
    country_code: "vn",
  },
}

/** A storefront cart with these lines and the demo shopper's address, as the checkout fills it. */
export async function cartWith(
  api: Api,
  storeHeaders: { headers: Record<string, string> },
  regionId: string,
  items: { variant_id: string; quantity: number }[]
) {
  const { data } = await api.post("/store/carts", { region_id: regionId }, storeHeaders)
  for (const item of items) await api.post(`/store/carts/${data.cart.id}/line-items`, item, storeHeaders)
  await api.post(`/store/carts/${data.cart.id}`, DEMO_SHOPPER, storeHeaders)
  return data.cart.id as string
}

/** A cart with these lines, standard delivery and cash on delivery chosen: ready to complete. */
export async function readyCart(
  api: Api,
  storeHeaders: { headers: Record<string, string> },
  regionId: string,
  items: { variant_id: string; quantity: number }[]
) {
  const cartId = await cartWith(api, storeHeaders, regionId, items)
  await api.post(`/store/carts/${cartId}/delivery`, { code: "standard" }, storeHeaders)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    storeHeaders
  )
  return cartId
}
