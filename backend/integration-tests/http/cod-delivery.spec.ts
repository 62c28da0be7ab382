import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "./test-runner"
import { ERROR_CODES } from "@ocop/contracts"
import { adminHeaders, demoLogin, readyCart, refused, seedDemoStore, demoRegionId } from "./demo-store"

jest.setTimeout(240_000)

/** Two demo producers, each with listed products: A sells fish sauce, B sells cu đơ candy. */
const PRODUCER_A = { email: "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local", product: "nuoc-mam-ky-phu" }
const PRODUCER_B = { email: "nguyen-thi-hang@ocop.local", product: "keo-cu-do-ha-tinh-nguyen-hang" }

type Headers = { headers: Record<string, string> }

/** Cash on delivery (issue 16): each producer's parcel is delivered with its cash collected, or refused at the door. */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Headers
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      storeHeaders = await seedDemoStore(container)
      regionId = await demoRegionId(container)
    })

    const query = () => getContainer().resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

    async function firstVariant(auth: Headers, handle: string): Promise<string> {
      const { data } = await api.get("/producer/products?limit=100", auth)
      return data.products.find((p: { handle: string }) => p.handle === handle).variants[0].id
    }

    /** The refusal's code and sentence. */
    async function refusal(request: Promise<unknown>, status: number) {
      const error = await request.then(
        () => null,
        (e: { response?: { status: number; data: { code: string; message: string } } }) => e
      )
      expect(error?.response?.status).toBe(status)
      return error?.response?.data as { code: string; message: string }
    }

    /** Every capture on the order's payments, in đồng. */
    async function captures(orderId: string): Promise<number[]> {
      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.captures.amount"],
        filters: { id: orderId },
      })
      return (data[0]?.payment_collections ?? [])
        .flatMap((c) => c?.payments ?? [])
        .flatMap((p) => p?.captures ?? [])
        .map((c) => Number(c?.amount))
    }

    /** A variant's units on the shelf and held for orders, summed over its locations. */
    async function stockOf(variantId: string) {
      const { data } = await query().graph({
        entity: "product_variant",
        fields: [
          "inventory_items.inventory.location_levels.stocked_quantity",
          "inventory_items.inventory.location_levels.reserved_quantity",
        ],
        filters: { id: variantId },
      })
      const levels = (data[0]?.inventory_items ?? []).flatMap((link) => link?.inventory?.location_levels ?? [])
      return {
        stocked: levels.reduce((sum, l) => sum + Number(l?.stocked_quantity ?? 0), 0),
        reserved: levels.reduce((sum, l) => sum + Number(l?.reserved_quantity ?? 0), 0),
      }
    }

    it("captures exactly a delivered part's amount once, and nothing for a refused part, whose stock comes back once", async () => {
      const a = await demoLogin(api, "producer", PRODUCER_A.email)
      const b = await demoLogin(api, "producer", PRODUCER_B.email)
      const variantA = await firstVariant(a, PRODUCER_A.product)
      const variantB = await firstVariant(b, PRODUCER_B.product)
      const cartId = await readyCart(api, storeHeaders, regionId, [
        { variant_id: variantA, quantity: 1 },
        { variant_id: variantB, quantity: 2 },
      ])
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders)
      const orderId: string = completed.order.id
      const partA = (await api.get("/producer/orders?status=pending", a)).data.orders.find(
        (o: { order_id: string }) => o.order_id === orderId
      )
      const partB = (await api.get("/producer/orders?status=pending", b)).data.orders.find(
        (o: { order_id: string }) => o.order_id === orderId
      )
      await api.post(`/producer/orders/${partA.id}/ship`, { tracking_number: "GHN-COD-A", carrier: "GHN" }, a)
      await api.post(`/producer/orders/${partB.id}/ship`, { tracking_number: "GHTK-COD-B", carrier: "GHTK" }, b)
      expect(await captures(orderId)).toEqual([])

      // Another producer's part is not there for A (404), whatever it reports.
      expect(await refused(api.post(`/producer/orders/${partB.id}/deliver`, {}, a), 404)).toMatch(/^Không tìm thấy/)
      expect(await refused(api.post(`/producer/orders/${partB.id}/refuse`, { reason: "Phá" }, a), 404)).toMatch(/^Không tìm thấy/)

      // A's parcel delivered, cash collected: exactly its lines plus its delivery charge is captured.
      const { data: delivered } = await api.post(`/producer/orders/${partA.id}/deliver`, {}, a)
      expect(delivered.order).toMatchObject({ status: "delivered", payment_captured: true })
      expect(delivered.order.delivered_at).toBeTruthy()
      expect(partA.total).toBe(partA.subtotal + partA.shipping_total)
      expect(partA.shipping_total).toBeGreaterThan(0)
      expect(await captures(orderId)).toEqual([partA.total])

      // Reported again: refused with its code, nothing captured twice; nor can it be refused afterwards.
      const again = await refusal(api.post(`/producer/orders/${partA.id}/deliver`, {}, a), 400)
      expect(again).toEqual({
        code: ERROR_CODES.ALREADY_CAPTURED,
        type: "not_allowed",
        message: expect.stringMatching(/đã thu tiền/),
      })
      expect((await refusal(api.post(`/producer/orders/${partA.id}/refuse`, { reason: "Đổi ý" }, a), 400)).code).toBe(
        ERROR_CODES.ALREADY_CAPTURED
      )
      expect(await captures(orderId)).toEqual([partA.total])

      // B's parcel refused at the door: a reason is required; then cancelled, its 2 units back on the shelf once.
      expect(await refused(api.post(`/producer/orders/${partB.id}/refuse`, {}, b), 400)).toMatch(/lý do khách từ chối/)
      const shipped = await stockOf(variantB)
      const { data: refusedPart } = await api.post(
        `/producer/orders/${partB.id}/refuse`,
        { reason: "Khách không nghe máy, trả hàng" },
        b
      )
      expect(refusedPart.order).toMatchObject({
        status: "refused",
        cancel_reason: "Khách không nghe máy, trả hàng",
        payment_captured: false,
        delivered_at: null,
      })
      expect(await stockOf(variantB)).toEqual({ stocked: shipped.stocked + 2, reserved: shipped.reserved })

      const twice = await refusal(api.post(`/producer/orders/${partB.id}/refuse`, { reason: "Lần nữa" }, b), 400)
      expect(twice.code).toBe(ERROR_CODES.PARCEL_NOT_OUT)
      expect((await refusal(api.post(`/producer/orders/${partB.id}/deliver`, {}, b), 400)).code).toBe(ERROR_CODES.PARCEL_NOT_OUT)
      expect(await stockOf(variantB)).toEqual({ stocked: shipped.stocked + 2, reserved: shipped.reserved })
      expect(await captures(orderId)).toEqual([partA.total])

      // The office sees A's fulfillment delivered and the payment partly captured.
      const admin = await adminHeaders(api)
      const { data: order } = await api.get(
        `/admin/orders/${orderId}?fields=payment_status,*fulfillments,*fulfillments.labels`,
        admin
      )
      expect(order.order.payment_status).toBe("partially_captured")
      const deliveredOn = (tracking: string) =>
        order.order.fulfillments.find((f: { labels: { tracking_number: string }[] }) => f.labels[0]?.tracking_number === tracking)
          ?.delivered_at ?? null
      expect(deliveredOn("GHN-COD-A")).toBeTruthy()
      expect(deliveredOn("GHTK-COD-B")).toBeNull()
    })

    it("captures once and returns the units once when the same report arrives twice at the same moment", async () => {
      const a = await demoLogin(api, "producer", PRODUCER_A.email)
      const variantA = await firstVariant(a, PRODUCER_A.product)
      const variantB = await firstVariant(await demoLogin(api, "producer", PRODUCER_B.email), PRODUCER_B.product)
      // B's part keeps the payment larger than A's, so Medusa's own capture limit would not stop a second capture.
      const placeShipped = async (tracking: string) => {
        const cartId = await readyCart(api, storeHeaders, regionId, [
          { variant_id: variantA, quantity: 3 },
          { variant_id: variantB, quantity: 1 },
        ])
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders)
        const part = (await api.get("/producer/orders?status=pending", a)).data.orders.find(
          (o: { order_id: string }) => o.order_id === completed.order.id
        )
        await api.post(`/producer/orders/${part.id}/ship`, { tracking_number: tracking }, a)
        return { orderId: completed.order.id as string, part }
      }
      const statuses = (results: PromiseSettledResult<unknown>[]) =>
        results
          .map((r) => (r.status === "fulfilled" ? 200 : (r.reason as { response?: { status: number } }).response?.status))
          .sort()

      const delivered = await placeShipped("GHN-RACE-1")
      const deliveries = await Promise.allSettled(
        [1, 2].map(() => api.post(`/producer/orders/${delivered.part.id}/deliver`, {}, a))
      )
      expect(statuses(deliveries)).toEqual([200, 400])
      expect(await captures(delivered.orderId)).toEqual([delivered.part.total])

      const returned = await placeShipped("GHN-RACE-2")
      const before = await stockOf(variantA)
      const refusals = await Promise.allSettled(
        [1, 2].map(() => api.post(`/producer/orders/${returned.part.id}/refuse`, { reason: "Khách đi vắng" }, a))
      )
      expect(statuses(refusals)).toEqual([200, 400])
      expect(await stockOf(variantA)).toEqual({ stocked: before.stocked + 3, reserved: before.reserved })
      expect(await captures(returned.orderId)).toEqual([])
    })

    it("refuses delivering a part that has not been shipped, capturing nothing", async () => {
      const a = await demoLogin(api, "producer", PRODUCER_A.email)
      const cartId = await readyCart(api, storeHeaders, regionId, [
        { variant_id: await firstVariant(a, PRODUCER_A.product), quantity: 1 },
      ])
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders)
      const part = (await api.get("/producer/orders?status=pending", a)).data.orders[0]
      const body = await refusal(api.post(`/producer/orders/${part.id}/deliver`, {}, a), 400)
      expect(body.code).toBe(ERROR_CODES.PARCEL_NOT_OUT)
      expect(body.message).toMatch(/đang trên đường giao/)
      expect(await captures(completed.order.id)).toEqual([])
    })
  },
})
