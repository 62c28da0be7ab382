/**
 * `pnpm bench:next-floor` — the Lighthouse score of a bare Next.js page on this machine: the
 * storefront's own Next.js and React, one static "Hello" page, no CSS, fonts, images or client
 * components. Whatever our pages score above this floor is ours to win; below it is the framework.
 * Builds into .cache/next-floor and serves it on port 8100.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import path from "node:path"
import { lighthouse } from "./lighthouse.ts"
import { runStep, startService, stopService, waitForHttp } from "../lib/processes.ts"

const ROOT = path.resolve(import.meta.dirname, "../..")
const APP = path.join(ROOT, ".cache/next-floor")
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 4)
const URL = "http://localhost:8100/"

rmSync(APP, { recursive: true, force: true })
mkdirSync(path.join(APP, "app"), { recursive: true })
symlinkSync(path.join(ROOT, "storefront/node_modules"), path.join(APP, "node_modules"))
writeFileSync(path.join(APP, "package.json"), '{ "name": "next-floor", "private": true }\n')
writeFileSync(path.join(APP, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(ROOT)} } }\n`)
writeFileSync(
  path.join(APP, "app/layout.jsx"),
  `export const metadata = { title: "Next.js floor", description: "A bare Next.js page" }
export default function RootLayout({ children }) { return <html lang="en"><body>{children}</body></html> }
`
)
writeFileSync(
  path.join(APP, "app/page.jsx"),
  `export default function Page() { return <main><h1>Hello</h1><p>A bare Next.js page.</p></main> }\n`
)

const next = path.join(APP, "node_modules/.bin/next")
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }
const log = path.join(APP, "next.log")
await runStep("Bare Next.js build", next, ["build"], { cwd: APP, env, log })
const server = startService(next, ["start", "-p", "8100"], { cwd: APP, env, log })
try {
  await waitForHttp(URL, "The bare Next.js page", 30_000, log)
  console.log("| run | throttling | performance | FCP ms | LCP ms | TBT ms |\n|---|---|---|---|---|---|")
  for (const throttling of ["simulate", "devtools"]) {
    for (let run = 1; run <= RUNS; run++) {
      const r = lighthouse(URL, { throttling })
      console.log(`| ${run} | ${throttling} | ${r.performance} | ${r.fcp} | ${r.lcp} | ${r.tbt} |`)
    }
  }
} finally {
  await stopService(server)
}
