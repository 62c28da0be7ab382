import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import seedDemoData, { DEMO_ADMIN, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed"

type Api = { post: (url: string, body: unknown) => Promise<{ data: any }> }

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
