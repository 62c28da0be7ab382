import { integrationTestRunner } from "./test-runner"
import type { HttpTypes, IInventoryService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { FEED_MODULE } from "../../src/modules/feed"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import type FeedModuleService from "../../src/modules/feed/service"
import { NOTICE_MODULE } from "../../src/modules/notice"
import type NoticeModuleService from "../../src/modules/notice/service"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { nothingRepaired, repairAfterCrash } from "../../src/workflows/recovery/repair-after-crash"
import type { CatalogPage } from "@ocop/contracts"
import { adminHeaders, placedOrder, readyCart, type Suite, seedDemoStore, demoRegionId } from "./demo-store"

jest.setTimeout(240_000)

/**
 * A killed backend leaves the database as it was at the moment of the kill. These tests put it in
 * those states by undoing, after a real checkout, exactly what complete-cart's later steps had done,
 * then run the sweep the jobs run. (The crash test, `pnpm test:crash`, kills a real server.)
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionId: string
    let container: MedusaContainer
    let sql: Knex

    beforeAll(async () => {
      container = getContainer()
      storeHeaders = await seedDemoStore(container)
      regionId = await demoRegionId(container)
      sql = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    })

    /** Repairs everything older than a second: the test's own leftovers, nothing still in flight. */
    const sweep = () => repairAfterCrash(container, 1)
    const settle = () => new Promise((resolve) => setTimeout(resolve, 1100))
    const listed = async () =>
      (await api.get<CatalogPage>("/store/catalog?limit=100", storeHeaders)).data.cards.map((card) => card.handle)

    async function variantOf(handle: string) {
      const { data } = await container
        .resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["variants.id", "variants.inventory_items.inventory_item_id"], filters: { handle } })
      const variant = data[0].variants![0]!
      return { id: variant.id, inventory_item_id: variant.inventory_items![0]!.inventory_item_id }
    }

    async function complete(cartId: string) {
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${cartId}/complete`, {}, storeHeaders)
      return placedOrder(data).id
    }

    const lineIdsOf = async (orderId: string) =>
      (await sql("order_item").where({ order_id: orderId }).select("item_id")).map((row: { item_id: string }) => row.item_id)
    const reservationsOf = async (orderId: string) =>
      container.resolve<IInventoryService>(Modules.INVENTORY).listReservationItems({ line_item_id: await lineIdsOf(orderId) })
    const partsOf = (orderId: string) =>
      container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ order_id: orderId })
    const reserved = async (inventoryItemId: string) =>
      (
        await container.resolve<IInventoryService>(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId })
      ).reduce((sum, level) => sum + Number(level.reserved_quantity), 0)

    /** The cart's complete-cart run, put back to "still running" as a kill leaves it. */
    async function interruptRunOf(cartId: string) {
      const updated = await sql("workflow_execution")
        .where({ workflow_id: "complete-cart" })
        .whereRaw("context->'data'->'payload'->>'id' = ?", [cartId])
        .update({ state: "invoking", retention_time: null })
      expect(updated).toBe(1)
    }

    it("finishes a checkout killed after its order was linked to the cart, and a retry returns that order", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const cartId = await readyCart(api, storeHeaders, regionId, [{ variant_id: fishSauce.id, quantity: 2 }])
      const orderId = await complete(cartId)
      const reservedBefore = await reserved(fishSauce.inventory_item_id)

      // Killed right after "create-remote-links": the cart link is there; the rest of its parallel
      // group, the payment link and the producer split were not written.
      await sql("cart").where({ id: cartId }).update({ completed_at: null })
      await sql("order_payment_collection").where({ order_id: orderId }).delete()
      await container.resolve<IInventoryService>(Modules.INVENTORY).deleteReservationItemsByLineItem(await lineIdsOf(orderId))
      await container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .deleteProducerOrders((await partsOf(orderId)).map((part) => part.id))
      await interruptRunOf(cartId)
      await settle()

      expect(await sweep()).toMatchObject({ checkouts_finished: 1, orders_rolled_back: 0 })
      expect(await partsOf(orderId)).toHaveLength(1)
      expect((await reservationsOf(orderId)).map((r) => Number(r.quantity))).toEqual([2])
      expect(await reserved(fishSauce.inventory_item_id)).toBe(reservedBefore)
      expect((await sql("cart").where({ id: cartId }).first()).completed_at).not.toBeNull()
      expect(await sql("order_payment_collection").where({ order_id: orderId })).toHaveLength(1)

      expect(await sweep()).toEqual(nothingRepaired())
      expect(await complete(cartId)).toBe(orderId)
      expect(await partsOf(orderId)).toHaveLength(1)
    })

    it("finishes the order at once when the shopper retries before the sweep", async () => {
      const candy = await variantOf("keo-cu-do-ha-tinh-nguyen-hang")
      const cartId = await readyCart(api, storeHeaders, regionId, [{ variant_id: candy.id, quantity: 1 }])
      const orderId = await complete(cartId)
      await container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .deleteProducerOrders((await partsOf(orderId)).map((part) => part.id))

      expect(await complete(cartId)).toBe(orderId)
      expect(await partsOf(orderId)).toHaveLength(1)
    })

    it("rolls back an order its checkout wrote but never linked; the shopper's retry places the real one", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const reservedBefore = await reserved(fishSauce.inventory_item_id)
      const cartId = await readyCart(api, storeHeaders, regionId, [{ variant_id: fishSauce.id, quantity: 1 }])
      const unplaced = await complete(cartId)

      // Killed inside the parallel group: the cart was marked completed and stock reserved, but the
      // order never linked to the cart or its payment, and the split at the end never ran.
      await sql("order_cart").where({ order_id: unplaced }).delete()
      await sql("order_payment_collection").where({ order_id: unplaced }).delete()
      await container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .deleteProducerOrders((await partsOf(unplaced)).map((part) => part.id))
      await interruptRunOf(cartId)
      await settle()

      expect(await sweep()).toMatchObject({ orders_rolled_back: 1, checkouts_finished: 0, orders_split: 0 })
      expect(await sql("order").where({ id: unplaced }).whereNull("deleted_at")).toHaveLength(0)
      expect(await reserved(fishSauce.inventory_item_id)).toBe(reservedBefore)
      // The shopper's cart is usable again, and completing it places one order, whole.
      expect((await sql("cart").where({ id: cartId }).first()).completed_at).toBeNull()
      const placed = await complete(cartId)
      expect(placed).not.toBe(unplaced)
      expect(await partsOf(placed)).toHaveLength(1)
      expect(await sweep()).toEqual(nothingRepaired())
    })

    it("gives producer parts to a placed order that has none, once", async () => {
      const candy = await variantOf("keo-cu-do-ha-tinh-nguyen-hang")
      const orderId = await complete(await readyCart(api, storeHeaders, regionId, [{ variant_id: candy.id, quantity: 1 }]))
      await container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .deleteProducerOrders((await partsOf(orderId)).map((part) => part.id))
      await settle()

      expect(await sweep()).toMatchObject({ orders_split: 1 })
      expect(await partsOf(orderId)).toHaveLength(1)
      expect(await sweep()).toEqual(nothingRepaired())
    })

    it("releases stock held for an order line that belongs to no order", async () => {
      const candy = await variantOf("keo-cu-do-ha-tinh-nguyen-hang")
      const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: candy.inventory_item_id })
      const reservedBefore = await reserved(candy.inventory_item_id)
      const manual = await inventory.createReservationItems({
        inventory_item_id: candy.inventory_item_id,
        location_id: level.location_id,
        quantity: 1,
      })
      await inventory.createReservationItems({
        inventory_item_id: candy.inventory_item_id,
        location_id: level.location_id,
        quantity: 3,
        line_item_id: "ordli_of_an_order_rolled_back",
      })
      await settle()

      expect(await sweep()).toMatchObject({ reservations_released: 1 })
      // The reservation made by hand, for no order line, stays.
      expect(await inventory.listReservationItems({ id: manual.id })).toHaveLength(1)
      expect(await reserved(candy.inventory_item_id)).toBe(reservedBefore + 1)
      await inventory.deleteReservationItems(manual.id)
    })

    it("rewrites a card whose price changed without the event that refreshes it, then leaves it alone", async () => {
      const { data } = await container
        .resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "variants.price_set.id"], filters: { handle: "nuoc-mam-ky-phu" } })
      const [product] = data
      const cardPrice = async () => Number((await sql("product_card").where({ id: product.id }).first()).price_min)
      const before = await cardPrice()
      // The pricing module alone, as a process killed before the card refresh would leave it.
      await container.resolve(Modules.PRICING).updatePriceSets(product.variants![0]!.price_set!.id, {
        prices: [{ amount: before - 1_000, currency_code: "vnd" }],
      })
      await settle()

      expect((await sweep()).cards_refreshed).toBeGreaterThanOrEqual(1)
      expect(await cardPrice()).toBe(before - 1_000)
      expect(await sweep()).toEqual(nothingRepaired())
    })

    it("delists a product whose certificate lapsed when the listing sync after it was cut off", async () => {
      const { data } = await container
        .resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "certificates.id"], filters: { handle: "nuoc-mam-ky-phu" } })
      const [product] = data
      // expire-certificates killed between its two steps: the certificates are marked, the shop still lists it.
      await container
        .resolve<OcopModuleService>(OCOP_MODULE)
        .updateCertificates({ selector: { id: product.certificates!.map((c) => c!.id) }, data: { status: "expired" } })
      await sql("product_card")
        .where({ id: product.id })
        .update({ updated_at: sql.raw("now() - interval '1 minute'") })
      expect(await listed()).toContain("nuoc-mam-ky-phu")

      expect(await sweep()).toMatchObject({ listings_resynced: 1 })
      expect(await listed()).not.toContain("nuoc-mam-ky-phu")
      expect(await sweep()).toEqual(nothingRepaired())
    })

    it("delists a product whose valid certificate no longer covers any of its packagings", async () => {
      const handle = "keo-cu-do-ha-tinh-nguyen-hang"
      const { data } = await container
        .resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "variants.certified_skus.id"], filters: { handle } })
      const [product] = data
      const skuIds = product.variants.flatMap((variant) => (variant.certified_skus ?? []).map((sku) => sku!.id))
      expect(skuIds.length).toBeGreaterThan(0)
      // A coverage change killed before its listing sync: the certificate stays valid but covers nothing here.
      await container.resolve<OcopModuleService>(OCOP_MODULE).softDeleteCertifiedSkus(skuIds)
      await sql("product_card")
        .where({ id: product.id })
        .update({ updated_at: sql.raw("now() - interval '1 minute'") })
      expect(await listed()).toContain(handle)

      expect(await sweep()).toMatchObject({ listings_resynced: 1 })
      expect(await listed()).not.toContain(handle)
      expect(await sweep()).toEqual(nothingRepaired())
    })

    it("queues the e-mail of an order cancelled in Admin whose event died with the process, once", async () => {
      const candy = await variantOf("keo-cu-do-ha-tinh-nguyen-hang")
      const orderId = await complete(await readyCart(api, storeHeaders, regionId, [{ variant_id: candy.id, quantity: 1 }]))
      await api.post(`/admin/orders/${orderId}/cancel`, {}, await adminHeaders(api))
      // Medusa's own cancel tells only through its event: undo what the subscriber queued, as a kill before it leaves it.
      const notices = container.resolve<NoticeModuleService>(NOTICE_MODULE)
      const cancelNotices = () => notices.listNotices({ template: "order-canceled", resource_id: orderId })
      for (let waited = 0; !(await cancelNotices()).length && waited < 50; waited++) await settle()
      await notices.deleteNotices((await cancelNotices()).map((notice) => notice.id))
      await settle()

      expect(await sweep()).toMatchObject({ cancel_notices_queued: 1 })
      expect((await cancelNotices()).map((notice) => [notice.to, notice.status])).toEqual([["khach@example.vn", "queued"]])
      expect(await sweep()).toEqual(nothingRepaired())
    })

    it("fails a feed run a restart cut off, so the next one is not blocked", async () => {
      const feeds = container.resolve<FeedModuleService>(FEED_MODULE)
      const feed = await feeds.createFeeds({
        name: "TikTok Hà Tĩnh",
        channel: "tiktok",
        format: "csv",
        filters: {},
        token: "t".repeat(40),
      })
      const cutOff = await feeds.createFeedRuns({
        feed_id: feed.id,
        trigger: "schedule",
        channel: "tiktok",
        format: "csv",
        started_at: new Date(Date.now() - 60 * 60 * 1000),
      })
      const current = await feeds.createFeedRuns({
        feed_id: feed.id,
        trigger: "manual",
        channel: "tiktok",
        format: "csv",
        started_at: new Date(),
      })

      expect(await sweep()).toMatchObject({ feed_runs_failed: 1 })
      expect(await feeds.retrieveFeedRun(cutOff.id)).toMatchObject({
        status: "failed",
        error: expect.stringMatching(/gián đoạn/),
      })
      expect((await feeds.retrieveFeedRun(current.id)).status).toBe("running")
    })
  },
})
