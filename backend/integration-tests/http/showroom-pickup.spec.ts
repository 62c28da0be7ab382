import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Pickup, ProducerOrder, ShelfLine, StockMovement } from "@ocop/contracts"
import type { DeliveryOffer } from "../../src/queries/cart-delivery"
import { DEMO_SHOWROOMS } from "../../src/scripts/seed"
import {
  adminHeaders,
  cartWith as cartWithLines,
  DEMO_SHOPPER,
  demoLogin,
  placedOrder,
  refused,
  type Suite,
  seedDemoStore,
  demoRegionId,
} from "./demo-store"

jest.setTimeout(240_000)

const [CHO_HA_TINH, THIEN_CAM] = DEMO_SHOWROOMS
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"

/** What the routes this suite reads answer. */
type DeliveryChoices = { delivery_choices: DeliveryOffer[] }
type ProducerOrders = { orders: ProducerOrder[]; count: number }
type Pickups = { pickups: Pickup[] }

/**
 * "Nhận tại điểm bán": online orders reserve a showroom's shelf only when the shopper collects there,
 * the offer follows the shelf, and the counter hands the order over.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      storeHeaders = await seedDemoStore(container)
      regionId = await demoRegionId(container)
    })

    const login = (actor: "showroom_staff" | "producer", email: string) => demoLogin(api, actor, email)

    /** The fish sauce packaging both demo showrooms hold (12 at Chợ Hà Tĩnh, 6 at Thiên Cầm). */
    async function fishSauceOnShelf() {
      const { data } = await api.get<{ stock: ShelfLine[] }>(
        "/showroom/stock?q=nuoc mam ky phu",
        await login("showroom_staff", CHO_HA_TINH.staff.email)
      )
      const line = data.stock.find((l) => l.stock > 0)!
      return { variant_id: line.variant_id, stock: line.stock }
    }

    /** Stocked and reserved units of a variant at each location. */
    async function levels(variantId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory.location_levels.*"],
          filters: { id: variantId },
        })
      const byLocation = new Map<string, { stocked: number; reserved: number }>()
      for (const level of data[0].inventory_items![0]!.inventory!.location_levels!.map((l) => l!)) {
        byLocation.set(level.location_id, { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) })
      }
      return byLocation
    }

    async function showroomPlace(handle: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "showroom", fields: ["stock_location.id", "sales_channel.id"], filters: { handle } })
      return {
        location_id: data[0].stock_location!.id,
        sales_channel_id: data[0].sales_channel!.id,
      }
    }

    const cartWith = (items: { variant_id: string; quantity: number }[]) => cartWithLines(api, storeHeaders, regionId, items)

    const choiceCodes = async (cartId: string) =>
      (await api.get<DeliveryChoices>(`/store/carts/${cartId}/delivery`, storeHeaders)).data.delivery_choices.map((c) => c.code)

    async function placeOrder(cartId: string, code: string) {
      await api.post(`/store/carts/${cartId}/delivery`, { code }, storeHeaders)
      const { data: collection } = await api.post<HttpTypes.StorePaymentCollectionResponse>(
        "/store/payment-collections",
        { cart_id: cartId },
        storeHeaders
      )
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        storeHeaders
      )
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${cartId}/complete`, {}, storeHeaders)
      return placedOrder(data)
    }

    async function cartChannel(cartId: string) {
      const { data } = await api.get<HttpTypes.StoreCartResponse>(
        `/store/carts/${cartId}?fields=sales_channel_id,shipping_methods.id`,
        storeHeaders
      )
      return {
        sales_channel_id: data.cart.sales_channel_id as string,
        methods: (data.cart.shipping_methods ?? []).length as number,
      }
    }

    it("offers pickup only at open showrooms whose shelf holds the whole cart, free and with the address", async () => {
      const fishSauce = await fishSauceOnShelf()
      const oneBottle = await cartWith([{ variant_id: fishSauce.variant_id, quantity: 1 }])
      const { data } = await api.get<DeliveryChoices>(`/store/carts/${oneBottle}/delivery`, storeHeaders)
      const pickup = data.delivery_choices.find((c) => c.code === `pickup:${CHO_HA_TINH.handle}`)
      expect(pickup).toMatchObject({
        amount: 0,
        selected: false,
        pickup: { name: CHO_HA_TINH.name, address: CHO_HA_TINH.address },
      })
      expect(data.delivery_choices.map((c) => c.code).sort()).toEqual(
        ["pickup:cho-ha-tinh", "pickup:thien-cam", "standard"].sort()
      )

      // Thiên Cầm holds 6 bottles: 7 can only be collected at Chợ Hà Tĩnh.
      expect((await choiceCodes(await cartWith([{ variant_id: fishSauce.variant_id, quantity: 7 }]))).sort()).toEqual([
        "pickup:cho-ha-tinh",
        "standard",
      ])

      // A product no showroom holds: home delivery only.
      const { data: products } = await api.get<HttpTypes.StoreProductListResponse>(
        `/store/products?limit=50&fields=handle,variants.id`,
        storeHeaders
      )
      const elsewhere = products.products.find(
        (p) => !["nuoc-mam-ky-phu", "keo-cu-do-ha-tinh-nguyen-hang"].includes(p.handle) && !p.handle.startsWith("mat-ong")
      )!
      expect(
        await choiceCodes(
          await cartWith([
            { variant_id: fishSauce.variant_id, quantity: 1 },
            { variant_id: elsewhere.variants![0].id, quantity: 1 },
          ])
        )
      ).toEqual(["standard"])
    })

    it("reserves the showroom's shelf only for a pickup order; a home-delivery order never touches it", async () => {
      const fishSauce = await fishSauceOnShelf()
      const choHaTinh = await showroomPlace(CHO_HA_TINH.handle)
      const before = await levels(fishSauce.variant_id)
      const shelves = [choHaTinh.location_id, (await showroomPlace(THIEN_CAM.handle)).location_id]
      const warehouse = [...before.keys()].find((location) => !shelves.includes(location))!

      await placeOrder(await cartWith([{ variant_id: fishSauce.variant_id, quantity: 2 }]), "standard")
      const afterHome = await levels(fishSauce.variant_id)
      expect(afterHome.get(choHaTinh.location_id)).toEqual(before.get(choHaTinh.location_id))
      expect(afterHome.get(warehouse)!.reserved).toBe(before.get(warehouse)!.reserved + 2)

      const order = await placeOrder(
        await cartWith([{ variant_id: fishSauce.variant_id, quantity: 3 }]),
        `pickup:${CHO_HA_TINH.handle}`
      )
      const afterPickup = await levels(fishSauce.variant_id)
      expect(afterPickup.get(choHaTinh.location_id)!.reserved).toBe(before.get(choHaTinh.location_id)!.reserved + 3)
      expect(afterPickup.get(warehouse)).toEqual(afterHome.get(warehouse))
      const { data: placed } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["sales_channel_id", "shipping_total"], filters: { id: order.id } })
      expect(placed[0].sales_channel_id).toBe(choHaTinh.sales_channel_id)
      expect(Number(placed[0].shipping_total)).toBe(0)

      // The counter cannot sell the three bottles promised to the shopper.
      const staff = await login("showroom_staff", CHO_HA_TINH.staff.email)
      expect((await fishSauceOnShelf()).stock).toBe(fishSauce.stock - 3)
      const message = await refused(
        api.post(
          "/showroom/sales",
          { lines: [{ variant_id: fishSauce.variant_id, quantity: fishSauce.stock - 2 }], payment_method: "bank_transfer" },
          staff
        ),
        400
      )
      expect(message).toMatch(/chỉ còn/)
    })

    it("refuses a pickup the shelf cannot fill, and a changed cart goes back to home delivery", async () => {
      const fishSauce = await fishSauceOnShelf()
      const storefront = (await cartChannel(await cartWith([]))).sales_channel_id
      // Thiên Cầm holds 6 bottles.
      const tooMany = await cartWith([{ variant_id: fishSauce.variant_id, quantity: 7 }])
      expect(
        await refused(api.post(`/store/carts/${tooMany}/delivery`, { code: `pickup:${THIEN_CAM.handle}` }, storeHeaders), 400)
      ).toMatch(/không còn đủ hàng/)
      expect(await cartChannel(tooMany)).toEqual({ sales_channel_id: storefront, methods: 0 })
      expect(await refused(api.post(`/store/carts/${tooMany}/delivery`, { code: "pickup:khong-co" }, storeHeaders), 400)).toMatch(
        /Điểm bán này/
      )

      const cartId = await cartWith([{ variant_id: fishSauce.variant_id, quantity: 1 }])
      await api.post(`/store/carts/${cartId}/delivery`, { code: `pickup:${THIEN_CAM.handle}` }, storeHeaders)
      expect((await cartChannel(cartId)).sales_channel_id).toBe((await showroomPlace(THIEN_CAM.handle)).sales_channel_id)
      const { data } = await api.get<DeliveryChoices>(`/store/carts/${cartId}/delivery`, storeHeaders)
      expect(data.delivery_choices.find((c) => c.selected)!.code).toBe(`pickup:${THIEN_CAM.handle}`)

      // More bottles than Thiên Cầm holds: the line is checked against online stock, and the pickup is dropped.
      const { data: cart } = await api.get<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}?fields=items.id`, storeHeaders)
      await api.post(`/store/carts/${cartId}/line-items/${cart.cart.items![0].id}`, { quantity: 7 }, storeHeaders)
      expect(await cartChannel(cartId)).toEqual({ sales_channel_id: storefront, methods: 0 })
      expect(await choiceCodes(cartId)).toEqual(expect.arrayContaining(["standard", `pickup:${CHO_HA_TINH.handle}`]))
      expect(await choiceCodes(cartId)).not.toContain(`pickup:${THIEN_CAM.handle}`)
    })

    it("the counter hands a pickup order over: the shelf, the log and the producer's part follow; nobody else can", async () => {
      const fishSauce = await fishSauceOnShelf()
      const choHaTinh = await showroomPlace(CHO_HA_TINH.handle)
      const before = (await levels(fishSauce.variant_id)).get(choHaTinh.location_id)!
      const order = await placeOrder(
        await cartWith([{ variant_id: fishSauce.variant_id, quantity: 2 }]),
        `pickup:${CHO_HA_TINH.handle}`
      )

      // The producer cannot send the parcel itself: the showroom holds the goods.
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const part = (await api.get<ProducerOrders>("/producer/orders", producer)).data.orders.find((p) => p.order_id === order.id)!
      expect(await refused(api.post(`/producer/orders/${part.id}/ship`, { tracking_number: "GHN123" }, producer), 400)).toMatch(
        /điểm bán/
      )

      // Another showroom neither sees it nor can hand it over.
      const elsewhere = await login("showroom_staff", THIEN_CAM.staff.email)
      expect((await api.get<Pickups>("/showroom/pickups", elsewhere)).data.pickups).toEqual([])
      await refused(api.post(`/showroom/pickups/${order.id}/handover`, {}, elsewhere), 404)

      const staff = await login("showroom_staff", CHO_HA_TINH.staff.email)
      const { data: waiting } = await api.get<Pickups>("/showroom/pickups", staff)
      expect(waiting.pickups).toEqual([
        expect.objectContaining({
          id: order.id,
          display_id: order.display_id,
          customer: "Nguyễn Văn An",
          phone: DEMO_SHOPPER.shipping_address.phone,
          total: order.total,
        }),
      ])
      expect(waiting.pickups[0].items).toEqual([expect.objectContaining({ quantity: 2 })])

      await api.post(`/showroom/pickups/${order.id}/handover`, {}, staff)
      expect((await levels(fishSauce.variant_id)).get(choHaTinh.location_id)).toEqual({
        stocked: before.stocked - 2,
        reserved: before.reserved,
      })
      const { data: log } = await api.get<{ movements: StockMovement[]; count: number }>(
        "/showroom/movements?kind=sale&limit=1",
        staff
      )
      expect(log.movements[0]).toMatchObject({ kind: "sale", quantity: -2, order_id: order.id, variant_id: fishSauce.variant_id })
      expect((await api.get<Pickups>("/showroom/pickups", staff)).data.pickups).toEqual([])
      await refused(api.post(`/showroom/pickups/${order.id}/handover`, {}, staff), 404)

      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["status", "fulfillments.delivered_at", "fulfillments.location_id"],
          filters: { id: order.id },
        })
      expect(orders[0]).toMatchObject({
        status: "completed",
        fulfillments: [expect.objectContaining({ location_id: choHaTinh.location_id })],
      })
      // Paid at the counter: the office sees the cash-on-delivery payment captured.
      const { data: paid } = await api.get<HttpTypes.AdminOrderResponse>(
        `/admin/orders/${order.id}?fields=payment_status,total`,
        await adminHeaders(api)
      )
      expect(paid.order.payment_status).toBe("captured")
      expect(orders[0].fulfillments![0]!.delivered_at).not.toBeNull()
      const handedOver = (await api.get<ProducerOrders>("/producer/orders", producer)).data.orders.find((p) => p.id === part.id)
      expect(handedOver).toMatchObject({ status: "shipped", carrier: `Nhận tại ${CHO_HA_TINH.name}` })
    })

    it("cancels a pickup the shopper never collected: the held units are on sale again, the reason reaches the producer; nobody else can", async () => {
      const fishSauce = await fishSauceOnShelf()
      const choHaTinh = await showroomPlace(CHO_HA_TINH.handle)
      const before = (await levels(fishSauce.variant_id)).get(choHaTinh.location_id)!
      const order = await placeOrder(
        await cartWith([{ variant_id: fishSauce.variant_id, quantity: 1 }]),
        `pickup:${CHO_HA_TINH.handle}`
      )
      expect((await levels(fishSauce.variant_id)).get(choHaTinh.location_id)).toEqual({
        stocked: before.stocked,
        reserved: before.reserved + 1,
      })

      const elsewhere = await login("showroom_staff", THIEN_CAM.staff.email)
      await refused(api.post(`/showroom/pickups/${order.id}/cancel`, { reason: "Khách không đến" }, elsewhere), 404)
      const staff = await login("showroom_staff", CHO_HA_TINH.staff.email)
      expect(await refused(api.post(`/showroom/pickups/${order.id}/cancel`, { reason: "  " }, staff), 400)).toMatch(/lý do/)

      const reason = "Khách không đến nhận sau 3 ngày giữ hàng."
      const { data } = await api.post<{ canceled: { order_id: string; display_id: number } }>(
        `/showroom/pickups/${order.id}/cancel`,
        { reason },
        staff
      )
      expect(data.canceled).toEqual({ order_id: order.id, display_id: order.display_id })
      expect((await levels(fishSauce.variant_id)).get(choHaTinh.location_id)).toEqual(before)
      expect((await api.get<Pickups>("/showroom/pickups", staff)).data.pickups).toEqual([])
      await refused(api.post(`/showroom/pickups/${order.id}/cancel`, { reason }, staff), 404)
      await refused(api.post(`/showroom/pickups/${order.id}/handover`, {}, staff), 404)

      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["status"], filters: { id: order.id } })
      expect(orders[0]).toMatchObject({ status: "canceled" })
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const part = (await api.get<ProducerOrders>("/producer/orders", producer)).data.orders.find((p) => p.order_id === order.id)
      expect(part).toMatchObject({ status: "canceled", cancel_reason: reason })
    })
  },
})
