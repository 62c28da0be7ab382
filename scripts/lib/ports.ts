import net from "node:net"
import { UserFacingError } from "./errors.ts"

/** Fails with one clear sentence when a port is taken, instead of a stack trace later. */
export async function assertPortFree(port: number, what: string) {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () => server.close(() => resolve(true)))
  })
  if (!free) {
    throw new UserFacingError(`Port ${port} (${what}) is already in use. Stop whatever uses it (lsof -i :${port}) and try again.`)
  }
}
