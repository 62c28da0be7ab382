import type { HttpTypes } from "@medusajs/framework/types"
import { ERROR_CODES, PHONE_MESSAGES } from "@ocop/contracts"
import { communeByName } from "@ocop/contracts/admin-units"
import { PASSWORD_RULE } from "@ocop/contracts/schemas"
import { NOTICE_MODULE } from "../../src/modules/notice"
import type NoticeModuleService from "../../src/modules/notice/service"
import { answerTo, COD_PROVIDER, DEMO_SHOPPER, placedOrder, readyCart, type Suite, type Token } from "./demo-store"
import { demoShop } from "./orders-at-test"
import { integrationTestRunner } from "./test-runner"

jest.setTimeout(240_000)

const HA_TINH = "42"
const NGHE_AN = "40"
const PASSWORD = "tra-sen-2026"

type Headers = { headers: Record<string, string> }

/** Customer accounts (issue 17): registration, login, the address book, and each account's orders its own. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop, variantOf } = demoShop(suite)
    const canLoc = communeByName(HA_TINH, "Xã Can Lộc")!
    const vinh = communeByName(NGHE_AN, "Phường Vinh Phú")!

    const withToken = (token: string): Headers => ({
      headers: { ...shop.storeHeaders.headers, authorization: `Bearer ${token}` },
    })

    /** Registers a login and its customer as the storefront does; the headers of a fresh login. */
    async function register(email: string, name: string): Promise<Headers> {
      const { data: registration } = await api.post<Token>("/auth/customer/emailpass/register", { email, password: PASSWORD })
      await api.post("/store/customers", { email, first_name: name, phone: "0912345678" }, withToken(registration.token))
      return logIn(email)
    }
    async function logIn(email: string): Promise<Headers> {
      const { data } = await api.post<Token>("/auth/customer/emailpass", { email, password: PASSWORD })
      return withToken(data.token)
    }

    const addressIn = (commune: { name: string; code: string }, provinceCode = HA_TINH, province = "Hà Tĩnh") => ({
      first_name: "Lê Thị Hoa",
      phone: "0987654321",
      address_1: "Thôn 3",
      city: commune.name,
      province,
      country_code: "vn",
      metadata: { province_code: provinceCode, commune_code: commune.code },
    })

    /** An order placed while logged in with these headers: the cart carries the customer. */
    async function orderOf(headers: Headers) {
      const variant = await variantOf("nuoc-mam-ky-phu")
      const cartId = await readyCart(api, headers, shop.regionId, [{ variant_id: variant.id, quantity: 1 }], COD_PROVIDER)
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${cartId}/complete`, {}, headers)
      return placedOrder(data)
    }

    it("refuses a weak password with the rule, and registers a login whose profile keeps its phone in the stored form", async () => {
      const weak = await answerTo(
        api.post("/auth/customer/emailpass/register", { email: "yeu@example.vn", password: "12345678" })
      )
      expect(weak.status).toBe(400)
      expect(weak.data).toMatchObject({ code: ERROR_CODES.INVALID_DATA, message: PASSWORD_RULE })

      const { data: registration } = await api.post<Token>("/auth/customer/emailpass/register", {
        email: "mai@example.vn",
        password: PASSWORD,
      })
      const unnormalised = await answerTo(
        api.post(
          "/store/customers",
          { email: "mai@example.vn", first_name: "Mai", phone: "0912 345 678" },
          withToken(registration.token)
        )
      )
      expect(unnormalised.status).toBe(400)
      expect(unnormalised.data.message).toBe(PHONE_MESSAGES.mobile)

      await api.post(
        "/store/customers",
        { email: "mai@example.vn", first_name: "Mai", phone: "0912345678" },
        withToken(registration.token)
      )
      const mai = await logIn("mai@example.vn")
      const { data } = await api.get<HttpTypes.StoreCustomerResponse>("/store/customers/me", mai)
      expect(data.customer).toMatchObject({ email: "mai@example.vn", first_name: "Mai", phone: "0912345678", has_account: true })

      const landline = await answerTo(api.post("/store/customers/me", { phone: "02393855123" }, mai))
      expect(landline.status).toBe(400)
    })

    it("refuses a second registration of the same e-mail and keeps the first password", async () => {
      await register("trung@example.vn", "Trung")
      const again = await answerTo(
        api.post("/auth/customer/emailpass/register", { email: "trung@example.vn", password: "khac-hoan-toan-9" })
      )
      expect(again.status).toBeGreaterThanOrEqual(400)
      expect(again.status).toBeLessThan(500)
      const wrong = await answerTo(
        api.post("/auth/customer/emailpass", { email: "trung@example.vn", password: "khac-hoan-toan-9" })
      )
      expect(wrong.status).toBe(401)
      await logIn("trung@example.vn")
    })

    it("keeps an address book entry only when its commune is one of its province's, and fills the default", async () => {
      const hoa = await register("hoa@example.vn", "Hoa")
      const elsewhere = await answerTo(api.post("/store/customers/me/addresses", addressIn(vinh), hoa))
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.data.code).toBe(ERROR_CODES.COMMUNE_NOT_IN_PROVINCE)
      const unknown = await answerTo(
        api.post("/store/customers/me/addresses", addressIn({ name: "Xã Không Có", code: "99999" }), hoa)
      )
      expect(unknown.data.code).toBe(ERROR_CODES.UNKNOWN_COMMUNE)
      const badPhone = await answerTo(
        api.post("/store/customers/me/addresses", { ...addressIn(canLoc), phone: "0912 345 678" }, hoa)
      )
      expect(badPhone.status).toBe(400)

      const { data } = await api.post<HttpTypes.StoreCustomerResponse>(
        "/store/customers/me/addresses",
        { ...addressIn(canLoc), is_default_shipping: true },
        hoa
      )
      const [saved] = data.customer.addresses
      expect(saved).toMatchObject({ city: "Xã Can Lộc", province: "Hà Tĩnh", is_default_shipping: true })

      // Editing it to a commune of another province is refused too, and the entry stays as it was.
      const moved = await answerTo(api.post(`/store/customers/me/addresses/${saved.id}`, addressIn(vinh), hoa))
      expect(moved.data.code).toBe(ERROR_CODES.COMMUNE_NOT_IN_PROVINCE)
      const { data: after } = await api.get<HttpTypes.StoreCustomerResponse>("/store/customers/me?fields=*addresses", hoa)
      expect(after.customer.addresses).toEqual([expect.objectContaining({ id: saved.id, city: "Xã Can Lộc" })])
    })

    it("never shows customer A customer B's addresses or orders, on Medusa's routes and ours", async () => {
      const a = await register("a@example.vn", "An")
      const b = await register("b@example.vn", "Bình")
      const { data: bCustomer } = await api.post<HttpTypes.StoreCustomerResponse>(
        "/store/customers/me/addresses",
        addressIn(canLoc),
        b
      )
      const bAddress = bCustomer.customer.addresses[0].id
      const bOrder = await orderOf(b)
      const aOrder = await orderOf(a)

      // B's address through A's address book: every method answers as for an unknown id.
      // Each request is made only when its answer is awaited (a refusal nobody awaits yet fails the test).
      for (const request of [
        () => api.get(`/store/customers/me/addresses/${bAddress}`, a),
        () => api.post(`/store/customers/me/addresses/${bAddress}`, addressIn(canLoc), a),
        () => api.request({ url: `/store/customers/me/addresses/${bAddress}`, method: "DELETE", ...a }),
      ])
        expect((await answerTo(request())).status).toBe(404)
      const { data: aAddresses } = await api.get<{ addresses: { id: string }[] }>("/store/customers/me/addresses", a)
      expect(aAddresses.addresses.map(({ id }) => id)).not.toContain(bAddress)

      // B's order, as A and as nobody: Medusa's order route and every route of ours beneath it.
      for (const headers of [a, shop.storeHeaders])
        for (const request of [
          () => api.get(`/store/orders/${bOrder.id}`, headers),
          () => api.get(`/store/orders/${bOrder.id}/shipments`, headers),
          () => api.get(`/store/orders/${bOrder.id}/bank-transfer`, headers),
          () => api.post(`/store/orders/${bOrder.id}/cancel`, {}, headers),
          () => api.post(`/store/orders/${bOrder.id}/transfer/request`, {}, headers),
        ]) {
          const answer = await answerTo(request())
          expect([401, 404]).toContain(answer.status)
          if (headers === a) expect(answer.status).toBe(404)
        }
      const { data: aOrders } = await api.get<HttpTypes.StoreOrderListResponse>("/store/orders", a)
      expect(aOrders.orders.map(({ id }) => id)).toEqual([aOrder.id])
      // B's order is untouched by A's attempt to cancel it, and B sees it with its parcels.
      const { data: bView } = await api.get<HttpTypes.StoreOrderResponse>(`/store/orders/${bOrder.id}`, b)
      expect(bView.order.status).toBe("pending")
      const { data: parcels } = await api.get<{ shipments: unknown[] }>(`/store/orders/${bOrder.id}/shipments`, b)
      expect(parcels.shipments.length).toBeGreaterThan(0)
    })

    /** The verification link e-mailed to an address: the request's workflow queued its notice. */
    async function verificationLink(to: string) {
      const notices = shop.container.resolve<NoticeModuleService>(NOTICE_MODULE)
      const [notice] = await notices.listNotices(
        { template: "customer-email-verification", to },
        { order: { created_at: "DESC" } }
      )
      const link = new URL((notice.data as { verify_url: string }).verify_url)
      expect(link.pathname).toBe("/tai-khoan/xac-minh-email")
      return { email: link.searchParams.get("email")!, token: link.searchParams.get("token")! }
    }
    const orderIdsOf = async (headers: Headers) =>
      (await api.get<HttpTypes.StoreOrderListResponse>("/store/orders", headers)).data.orders.map(({ id }) => id)

    it("attaches a guest's orders of the same e-mail only once the account verified it, with a link that works once", async () => {
      const variant = await variantOf("nuoc-mam-ky-phu")
      const cartId = await readyCart(api, shop.storeHeaders, shop.regionId, [{ variant_id: variant.id, quantity: 1 }])
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(
        `/store/carts/${cartId}/complete`,
        {},
        shop.storeHeaders
      )
      const guestOrder = placedOrder(data)

      // Registered with the guest's e-mail but not verified: nothing of the guest's is shown, and the
      // account cannot mark itself verified.
      const owner = await register(DEMO_SHOPPER.email, "Khách")
      expect(await orderIdsOf(owner)).toEqual([])
      const selfVerified = await answerTo(
        api.post("/store/customers/me", { metadata: { email_verified_at: "2026-01-01" } }, owner)
      )
      expect(selfVerified.status).toBe(400)
      expect(selfVerified.data.code).toBe(ERROR_CODES.NOT_ALLOWED)

      await api.post("/store/customers/me/email-verification", {}, owner)
      const link = await verificationLink(DEMO_SHOPPER.email)
      const forged = await answerTo(
        api.post("/store/customer-email/verify", { email: link.email, token: "gia-mao" }, shop.storeHeaders)
      )
      expect(forged.data.code).toBe(ERROR_CODES.VERIFICATION_LINK_INVALID)
      expect(await orderIdsOf(owner)).toEqual([])

      const { data: verified } = await api.post<{ attached_orders: number }>(
        "/store/customer-email/verify",
        link,
        shop.storeHeaders
      )
      expect(verified.attached_orders).toBe(1)
      expect(await orderIdsOf(owner)).toEqual([guestOrder.id])
      // Now the account's: its owner sees it, a visitor holding the id no longer does.
      expect((await answerTo(api.get(`/store/orders/${guestOrder.id}`, owner))).status).toBe(200)
      expect((await answerTo(api.get(`/store/orders/${guestOrder.id}`, shop.storeHeaders))).status).toBe(404)

      const again = await answerTo(api.post("/store/customer-email/verify", link, shop.storeHeaders))
      expect(again.status).toBe(400)
      expect(again.data.code).toBe(ERROR_CODES.VERIFICATION_LINK_INVALID)
      const { data: resent } = await api.post<{ sent: boolean }>("/store/customers/me/email-verification", {}, owner)
      expect(resent.sent).toBe(false)
    })

    it("still shows a guest's order to whoever holds its id", async () => {
      const variant = await variantOf("nuoc-mam-ky-phu")
      const cartId = await readyCart(api, shop.storeHeaders, shop.regionId, [{ variant_id: variant.id, quantity: 1 }])
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(
        `/store/carts/${cartId}/complete`,
        {},
        shop.storeHeaders
      )
      const guestOrder = placedOrder(data)
      expect((await answerTo(api.get(`/store/orders/${guestOrder.id}`, shop.storeHeaders))).status).toBe(200)
      expect((await answerTo(api.get(`/store/orders/${guestOrder.id}/shipments`, shop.storeHeaders))).status).toBe(200)
    })
  },
})
