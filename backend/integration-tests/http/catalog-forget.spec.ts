import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CatalogPage } from "@ocop/contracts"
import Redis from "ioredis"
import { CATALOG_FORGET_CHANNEL } from "../../src/modules/catalog/service"
import { redisAnswers, redisTestUrl, until } from "../shared-redis"
import { adminHeaders, type Suite, seedDemoStore } from "./demo-store"
import { integrationTestRunner } from "./test-runner"

jest.setTimeout(180_000)

// This backend runs as one of several behind a load balancer: on Redis (event bus, workflow engine,
// locking, and the catalog's forget signal) with its catalog answers kept in memory, as in production.
// Redis database 11 is this spec's: Medusa's queues there must not meet another test server's.
const REDIS_URL = redisTestUrl(11)
const reachable = redisAnswers(REDIS_URL, "catalog-forget.spec")
process.env.REDIS_URL = REDIS_URL
process.env.CATALOG_CACHE_MS = "60000"

const HANDLE = "keo-cu-do-ha-tinh-nguyen-hang"

if (!reachable) describe.skip("catalog answers forgotten on every backend process (needs Redis)", () => it.todo("Redis"))
else
  integrationTestRunner({
    hooks: {
      // Queues and schedules left by an earlier run of this spec would be worked on by this one.
      beforeServerStart: async () => {
        const redis = new Redis(REDIS_URL)
        await redis.flushdb()
        await redis.quit()
      },
    },
    testSuite: ({ api, getContainer }: Suite) => {
      let storeHeaders: { headers: Record<string, string> }
      // Another backend process's end of the channel: one connection to tell, one to hear.
      const otherProcess = { telling: new Redis(REDIS_URL), hearing: new Redis(REDIS_URL) }
      const heard: number[] = []

      beforeAll(async () => {
        otherProcess.hearing.on("message", () => heard.push(Date.now()))
        await otherProcess.hearing.subscribe(CATALOG_FORGET_CHANNEL)
        storeHeaders = await seedDemoStore(getContainer())
        // The seed's events reach the card refresh through the queue a moment later, and every refresh
        // forgets: the test starts once none has been heard for a second.
        await until(() => Date.now() - (heard.at(-1) ?? 0) > 1_000, 30_000)
      })

      afterAll(async () => {
        await Promise.all([otherProcess.telling.quit(), otherProcess.hearing.quit()])
      })

      const keo = async () =>
        (await api.get<CatalogPage>("/store/catalog?q=keo cu do", storeHeaders)).data.cards.find((c) => c.handle === HANDLE)

      it("forgets its kept pages when another process wrote cards, and tells the others when it writes", async () => {
        const title = (await keo())!.title
        // Another process changes the card (here behind this one's back): this one keeps serving its page...
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await knex("product_card")
          .where({ handle: HANDLE })
          .update({ title: `${title} (mới)` })
        expect((await keo())!.title).toBe(title)
        // ...until that process says so, as every card write does.
        expect(await otherProcess.telling.publish(CATALOG_FORGET_CHANNEL, "")).toBeGreaterThanOrEqual(2)
        await until(async () => (await keo())!.title === `${title} (mới)`)

        // A write through this process: its own page goes at once, and the other processes are told.
        const heardBefore = heard.length
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["id", "certificates.id"], filters: { handle: HANDLE } })
        await api.post(
          `/admin/ocop/certificates/${data[0].certificates![0]!.id}/revoke`,
          { reason: "Vi phạm ghi nhãn" },
          await adminHeaders(api)
        )
        expect(await keo()).toBeUndefined()
        await until(() => heard.length > heardBefore)
      })
    },
  })
