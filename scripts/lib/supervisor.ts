import type { ChildProcess } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { stopService, tail, waitForHttp } from "./processes.ts"

/** Crashes within this window count together: a service that keeps dying is not restarted forever. */
export const CRASH_WINDOW_MS = 60_000
/** Restarts allowed within the window; the next crash stops the marketplace with a message. */
export const RESTARTS_PER_WINDOW = 3
const FIRST_DELAY_MS = 1_000

/**
 * What to do after a crash, given when the service crashed before (oldest first) and now: wait and
 * start it again, each restart within the window waiting twice as long (1 s, 2 s, 4 s), or give up.
 */
export function afterCrash(
  crashes: number[],
  now: number
): { restartInMs: number; recent: number } | { giveUp: true; recent: number } {
  const recent = crashes.filter((at) => now - at < CRASH_WINDOW_MS).length
  if (recent > RESTARTS_PER_WINDOW) return { giveUp: true, recent }
  return { restartInMs: FIRST_DELAY_MS * 2 ** (recent - 1), recent }
}

export type ServiceSpec = {
  name: string
  /** Starts one process of the service. */
  start: () => ChildProcess
  /** Answers (any status below 500) once the service is ready. */
  readyUrl: string
  readyTimeoutMs: number
  log: string
  /** Where the running process's id is written, for operators and the crash test. */
  pidFile: string
}

/**
 * Keeps one service running: started, waited for, and started again when it dies on its own — the
 * database and the other service stay up meanwhile. `onGiveUp` is called when it keeps dying.
 */
export class SupervisedService {
  private child?: ChildProcess
  private crashes: number[] = []
  private stopping = false
  /** Until the service has answered once, a crash is a setup problem that restarting would not fix. */
  private answeredOnce = false

  constructor(
    private readonly spec: ServiceSpec,
    private readonly onGiveUp: (message: string) => void
  ) {}

  /** Starts the service and resolves once it answers. */
  async start() {
    this.launch()
    await waitForHttp(this.spec.readyUrl, this.spec.name, this.spec.readyTimeoutMs, this.spec.log)
    this.answeredOnce = true
  }

  async stop() {
    this.stopping = true
    if (this.child) await stopService(this.child)
    rmSync(this.spec.pidFile, { force: true })
  }

  private launch() {
    const child = this.spec.start()
    this.child = child
    mkdirSync(path.dirname(this.spec.pidFile), { recursive: true })
    writeFileSync(this.spec.pidFile, `${child.pid}\n`)
    child.once("exit", (code, signal) => {
      if (this.stopping || child !== this.child) return
      const how = signal ? `signal ${signal}` : `exit ${code}`
      if (!this.answeredOnce) {
        this.onGiveUp(
          `${this.spec.name} stopped while starting (${how}). Last lines of ${this.spec.log}:\n${tail(this.spec.log)}`
        )
        return
      }
      void this.recover(how)
    })
  }

  private async recover(how: string) {
    const now = Date.now()
    this.crashes = [...this.crashes.filter((at) => now - at < CRASH_WINDOW_MS), now]
    const decision = afterCrash(this.crashes, now)
    const { name, log } = this.spec
    if ("giveUp" in decision) {
      this.onGiveUp(`${name} stopped ${decision.recent} times within a minute (last: ${how}); not restarting it. See ${log}.`)
      return
    }
    console.error(
      `\n${name} stopped unexpectedly (${how}); restarting it in ${decision.restartInMs / 1000} s (restart ${decision.recent} of ${RESTARTS_PER_WINDOW} allowed per minute).`
    )
    await new Promise((resolve) => setTimeout(resolve, decision.restartInMs))
    if (this.stopping) return
    try {
      await this.start()
      console.log(`${name} is running again (${((Date.now() - now) / 1000).toFixed(1)} s after it stopped).`)
    } catch (error) {
      // Started but never ready: end it, and the exit counts as the next crash.
      console.error(`${name} did not come back: ${(error as Error).message.split("\n")[0]}`)
      if (this.child) await stopService(this.child)
    }
  }
}
