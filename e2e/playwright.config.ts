import { existsSync } from "node:fs"
import { chromium, defineConfig, devices } from "@playwright/test"

// Ports of their own when several checkouts run e2e on one machine (STOREFRONT_PORT, BACKEND_PORT and
// BACKEND_URL go through to `pnpm start` and the tests; E2E_PG_PORT is the embedded database's).
const STOREFRONT_URL = `http://localhost:${process.env.STOREFRONT_PORT ?? 8000}`
const PG_PORT = process.env.E2E_PG_PORT ?? 54331

// Debian's Chromium where it is installed (CI, offline machines); otherwise Playwright's own browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined)
if (!existsSync(chromiumPath ?? chromium.executablePath())) {
  // One line instead of a failure deep inside the first test.
  throw new Error(
    `No Chromium for the e2e tests at ${chromiumPath ?? chromium.executablePath()}: install Debian's (sudo apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH.`
  )
}

export default defineConfig({
  testDir: "./tests",
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: STOREFRONT_URL,
    locale: "vi-VN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "mobile-chromium", use: { ...devices["Pixel 7"], browserName: "chromium" } }],
  // The whole marketplace, started the way a user starts it, on a fresh database of its own.
  webServer: {
    command: `rm -rf .data/e2e && OCOP_DATA_DIR=.data/e2e EMBEDDED_PG_PORT=${PG_PORT} pnpm start`,
    cwd: "..",
    url: STOREFRONT_URL,
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGINT", timeout: 20_000 },
  },
})
