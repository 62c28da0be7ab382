import { spawn, type ChildProcess } from "node:child_process"
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs"
import path from "node:path"
import { UserFacingError } from "./errors.ts"

type RunOptions = { cwd: string; env: NodeJS.ProcessEnv; log: string }

/** Runs a command to completion, its output going to a log file; a failure names the log. */
export async function runStep(what: string, command: string, args: string[], options: RunOptions) {
  const child = startService(command, args, options)
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve))
  if (code !== 0) {
    throw new UserFacingError(`${what} failed (exit ${code}). Last lines of ${options.log}:\n${tail(options.log)}`)
  }
}

/**
 * Starts a long-running process in its own process group, output appended to a log file. The file is
 * the child's own stdout: no pipe through this process, which a busy server (a log line per request)
 * would otherwise wait on whenever this process is not scheduled to drain it.
 */
export function startService(command: string, args: string[], { cwd, env, log }: RunOptions): ChildProcess {
  mkdirSync(path.dirname(log), { recursive: true })
  const out = openSync(log, "a")
  try {
    return spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", out, out] })
  } finally {
    closeSync(out) // the child holds its own copy
  }
}

/** Stops a service and everything it spawned (npx/pnpm wrappers start grandchildren). */
export async function stopService(child: ChildProcess, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      /* already gone */
    }
  }
  signalGroup("SIGTERM")
  const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs)
  await exited
  clearTimeout(timer)
}

export async function waitForHttp(url: string, what: string, timeoutMs: number, log: string) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new UserFacingError(`${what} did not answer at ${url} within ${timeoutMs / 1000} s. Last lines of ${log}:\n${tail(log)}`)
}

export function tail(file: string, lines = 25): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log written)"
  }
}
