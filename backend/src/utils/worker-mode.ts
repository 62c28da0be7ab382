/** What one backend process does: Medusa's `projectConfig.workerMode`. */
export const WORKER_MODES = ["shared", "server", "worker"] as const
export type WorkerMode = (typeof WORKER_MODES)[number]

const isWorkerMode = (value: string): value is WorkerMode => (WORKER_MODES as readonly string[]).includes(value)

/**
 * `MEDUSA_WORKER_MODE`: `server` answers HTTP (store API, portals, Admin) and runs no subscriber and no
 * scheduled job; `worker` runs the subscribers and the scheduled jobs and serves no route (only /health);
 * `shared`, the default (`pnpm start`), does both.
 *
 * Medusa reads a value it does not know as no mode at all: routes and subscribers but no scheduled job,
 * silently. So it is refused here. A worker also needs REDIS_URL: without it the event bus is each
 * process's own, so the worker would hear no server's event. (A server without Redis is allowed: it is
 * how Medusa runs its own commands, `db:migrate`, `exec`, `user`, which set MEDUSA_WORKER_MODE=server.)
 */
export function workerMode(env: NodeJS.ProcessEnv = process.env): WorkerMode {
  const raw = env.MEDUSA_WORKER_MODE?.trim()
  if (!raw) return "shared"
  if (!isWorkerMode(raw)) throw new Error(`MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")}, not "${raw}"`)
  if (raw === "worker" && !env.REDIS_URL)
    throw new Error(
      "MEDUSA_WORKER_MODE=worker needs REDIS_URL: the worker hears the servers' events, and they share workflows and locks, " +
        "through Redis (without it, leave MEDUSA_WORKER_MODE unset and run one shared process)"
    )
  return raw
}
