import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import seedDemoData, { DEMO_ADMIN, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed"

/** An answer of the test runner's HTTP client (axios); its body is what the caller says the route sends. */
export type ApiResponse<Body> = {
  status: number
  statusText: string
  /** The headers these tests read are single-valued. */
  headers: Record<string, string>
  data: Body
}

/** The request options these tests use, by axios' names. */
export type RequestConfig = {
  headers?: Record<string, string>
  /** Which statuses resolve rather than reject (axios rejects anything but 2xx by default). */
  validateStatus?: (status: number) => boolean
  responseType?: "json" | "text" | "arraybuffer"
  transformResponse?: (body: string) => unknown
}

/**
 * The test runner's HTTP client, typed: each call names the body it reads (a contract's response type,
 * or Medusa's `HttpTypes`); a body no call names is `unknown`.
 */
export type Api = {
  get<Body = unknown>(url: string, config?: RequestConfig): Promise<ApiResponse<Body>>
  post<Body = unknown>(url: string, body?: unknown, config?: RequestConfig): Promise<ApiResponse<Body>>
  request<Body = unknown>(
    config: RequestConfig & { url: string; method: string; data?: unknown; transformRequest?: ((data: unknown) => unknown)[] }
  ): Promise<ApiResponse<Body>>
}

/** The runner's suite options with its client typed: `testSuite: ({ api, getContainer }: Suite) => …`. */
export type Suite = Omit<MedusaSuiteOptions, "api"> & { api: Api }

/** What a login answers. */
export type Token = { token: string }

/** A refused request's body, as our error handler and Medusa's answer it. */
export type Refusal = { type: string; code?: string; message: string }

/** What the client rejects with: the answer, when there was one. */
export type HttpError = Error & { response?: ApiResponse<Refusal> }

/** Seeds the demo store and returns the headers the storefront sends (its publishable key). */
export async function seedDemoStore(container: MedusaContainer) {
  await seedDemoData({ container, args: [] })
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
  return { headers: { "x-publishable-api-key": key.token } }
}

/** The id of the demo store's region (Việt Nam, VND), which every cart of the tests is made in. */
export async function demoRegionId(container: MedusaContainer) {
  const [region] = await container.resolve(Modules.REGION).listRegions({ name: "Việt Nam" })
  return region.id
}

/** Headers of the coordination office, logged in as the demo admin. */
export async function adminHeaders(api: Api) {
  const { data } = await api.post<Token>("/auth/user/emailpass", DEMO_ADMIN)
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** Expects the request to fail with this status; returns the answer's message. */
export async function refused(request: Promise<unknown>, status: number): Promise<string> {
  const error = await request.then(
    () => null,
    (e: HttpError) => e
  )
  expect(error?.response?.status).toBe(status)
  return error!.response!.data.message
}

/**
 * The answer to a request, accepted or refused (the client rejects a 4xx or 5xx with the answer on the
 * error), for a test that expects a refusal: its status says whether it was one. Work that makes several
 * requests resolves with its own result when none is refused (and has no status then).
 */
export function answerTo<Body = Refusal>(request: Promise<unknown>): Promise<ApiResponse<Body>> {
  return request.then(
    (response) => response as ApiResponse<Body>,
    (error: { response: ApiResponse<Body> }) => error.response
  )
}

/** The order a checkout placed: the test fails unless completing the cart answered one. */
export function placedOrder(completed: HttpTypes.StoreCompleteCartResponse): HttpTypes.StoreOrder {
  expect(completed.type).toBe("order")
  if (completed.type !== "order") throw new Error(completed.error.message)
  return completed.order
}

/** Bearer headers of a demo producer member or counter login (every demo account shares one password). */
export async function demoLogin(api: Api, actor: "producer" | "showroom_staff", email: string) {
  const { data } = await api.post<Token>(`/auth/${actor}/emailpass`, { email, password: DEMO_ADMIN.password })
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
  const { data } = await api.post<HttpTypes.StoreCartResponse>("/store/carts", { region_id: regionId }, storeHeaders)
  for (const item of items) await api.post(`/store/carts/${data.cart.id}/line-items`, item, storeHeaders)
  await api.post(`/store/carts/${data.cart.id}`, DEMO_SHOPPER, storeHeaders)
  return data.cart.id
}

/** The demo region's payment providers. */
export const COD_PROVIDER = "pp_system_default"

/** A cart with these lines, standard delivery and a payment method chosen (cash on delivery unless told): ready to complete. */
export async function readyCart(
  api: Api,
  storeHeaders: { headers: Record<string, string> },
  regionId: string,
  items: { variant_id: string; quantity: number }[],
  providerId: string = COD_PROVIDER
) {
  const cartId = await cartWith(api, storeHeaders, regionId, items)
  await api.post(`/store/carts/${cartId}/delivery`, { code: "standard" }, storeHeaders)
  const { data: collection } = await api.post<HttpTypes.StorePaymentCollectionResponse>(
    "/store/payment-collections",
    { cart_id: cartId },
    storeHeaders
  )
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    storeHeaders
  )
  return cartId
}
