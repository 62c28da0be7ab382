import { workerMode } from "../worker-mode"

const REDIS_URL = "redis://127.0.0.1:6379"

describe("process role (MEDUSA_WORKER_MODE)", () => {
  it("runs one shared process when unset, as `pnpm start` does", () => {
    expect(workerMode({})).toBe("shared")
    expect(workerMode({ MEDUSA_WORKER_MODE: " " })).toBe("shared")
  })

  it("takes Medusa's three roles, a worker only with Redis to hear the servers' events through", () => {
    expect(workerMode({ MEDUSA_WORKER_MODE: "server", REDIS_URL })).toBe("server")
    expect(workerMode({ MEDUSA_WORKER_MODE: "worker", REDIS_URL })).toBe("worker")
    expect(workerMode({ MEDUSA_WORKER_MODE: "shared" })).toBe("shared")
    expect(() => workerMode({ MEDUSA_WORKER_MODE: "worker" })).toThrow(/MEDUSA_WORKER_MODE=worker needs REDIS_URL/)
  })

  it("lets Medusa's own commands (db:migrate, exec) run as a server without Redis, as they set themselves", () => {
    expect(workerMode({ MEDUSA_WORKER_MODE: "server", NODE_ENV: "production" })).toBe("server")
  })

  it("stops on a role Medusa would read as none at all (routes and subscribers, no scheduled job)", () => {
    expect(() => workerMode({ MEDUSA_WORKER_MODE: "workers", REDIS_URL, NODE_ENV: "production" })).toThrow(
      'MEDUSA_WORKER_MODE must be one of shared, server, worker, not "workers"'
    )
    expect(() => workerMode({ MEDUSA_WORKER_MODE: "Server", REDIS_URL })).toThrow(/not "Server"/)
  })
})
