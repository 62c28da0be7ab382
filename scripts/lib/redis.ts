import net from "node:net"
import { UserFacingError } from "./errors.ts"

/** Whether something accepts connections at the Redis URL's address within two seconds. */
export function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: hostname || "127.0.0.1", port: Number(port || 6379) })
    const answer = (reachable: boolean) => {
      socket.destroy()
      resolve(reachable)
    }
    socket.setTimeout(2_000)
    socket.once("connect", () => answer(true))
    socket.once("error", () => answer(false))
    socket.once("timeout", () => answer(false))
  })
}

/** Stops with a message a person can act on when nothing answers at the Redis URL. */
export async function assertRedisReachable(url: string) {
  if (!(await redisReachable(url)))
    throw new UserFacingError(
      `Redis does not answer at ${url}: the cluster shares its events, workflows, locks and caches there. Start it (apt-get install -y redis-server && redis-server --daemonize yes) or set REDIS_URL.`
    )
}

/** Empties the Redis database the URL names (its path, e.g. /5): a test's fresh start. */
export function flushRedisDatabase(url: string): Promise<void> {
  const { hostname, port, pathname } = new URL(url)
  const database = pathname.slice(1) || "0"
  // Two commands in Redis's wire protocol: no client library needed for this.
  const command = (...words: string[]) =>
    `*${words.length}\r\n${words.map((w) => `$${Buffer.byteLength(w)}\r\n${w}\r\n`).join("")}`
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname || "127.0.0.1", port: Number(port || 6379) })
    let answer = ""
    socket.on("data", (data) => {
      answer += data.toString()
      if (answer.split("\r\n").filter(Boolean).length < 2) return
      socket.end()
      if (answer.startsWith("+OK\r\n+OK")) resolve()
      else reject(new Error(`Redis refused to empty database ${database}: ${answer.trim()}`))
    })
    socket.once("error", reject)
    socket.write(command("SELECT", database) + command("FLUSHDB"))
  })
}
