import Redis from "ioredis"
import { redisAnswers, redisTestUrl, until } from "../../../integration-tests/shared-redis"
import { RedisBroadcast } from "../redis-broadcast"

// Real Redis pub/sub, as several backend processes share it.
const REDIS_URL = redisTestUrl()
const reachable = redisAnswers(REDIS_URL, "redis-broadcast")

;(reachable ? describe : describe.skip)("broadcast between backend processes, through Redis", () => {
  let admin: Redis
  const open: RedisBroadcast[] = []
  let run = 0
  const warnings: string[] = []

  /** One backend process's end of the channel; each test its own channel, as if its own cluster. */
  const process_ = (channel: string) => {
    const end = new RedisBroadcast(REDIS_URL, channel, (message) => warnings.push(message))
    open.push(end)
    return end
  }
  const channel = () => `test:broadcast:${process.pid}:${Date.now()}:${++run}`

  afterEach(() => {
    for (const end of open.splice(0)) end.close()
  })

  beforeAll(() => {
    admin = new Redis(REDIS_URL)
  })

  afterAll(async () => {
    await admin.quit()
  })

  it("reaches every process listening on the channel, the sender included, and no other channel", async () => {
    const name = channel()
    const [writer, other, elsewhere] = [process_(name), process_(name), process_(`${name}:other`)]
    const heard = { writer: 0, other: 0, elsewhere: 0 }
    await writer.listen(() => heard.writer++)
    await other.listen(() => heard.other++)
    await elsewhere.listen(() => heard.elsewhere++)

    expect(await writer.signal()).toBe(2)
    await until(() => heard.writer === 1 && heard.other === 1)
    expect(heard.elsewhere).toBe(0)
  })

  it("takes a reconnection for a signal (one sent while it was away is lost), and listens again", async () => {
    const name = channel()
    const [writer, other] = [process_(name), process_(name)]
    let heard = 0
    await other.listen(() => heard++)

    const clients = (await admin.client("LIST")) as string
    const id = clients
      .split("\n")
      .find((line) => line.includes(` name=${name}:listening `))
      ?.match(/^id=(\d+)/)?.[1]
    expect(id).toBeDefined()
    await admin.client("KILL", "ID", id!)

    await until(() => heard === 1)
    expect(await writer.signal()).toBe(1)
    await until(() => heard === 2)
  })

  it("closes its connections: a closed process no longer hears", async () => {
    const name = channel()
    const [writer, other] = [process_(name), process_(name)]
    await other.listen(() => {})
    expect(await writer.signal()).toBe(1)
    other.close()
    await until(async () => ((await admin.pubsub("NUMSUB", name)) as [string, number])[1] === 0)
    expect(await writer.signal()).toBe(0)
  })
})
