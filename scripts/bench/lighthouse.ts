import { execFileSync } from "node:child_process"
import path from "node:path"

const LIGHTHOUSE = path.resolve(import.meta.dirname, "../node_modules/.bin/lighthouse")

/** One Lighthouse mobile run in Debian Chromium (or CHROMIUM_PATH); scores 0–100, times in ms. */
export function lighthouse(url: string, throttling: string) {
  const json = execFileSync(
    LIGHTHOUSE,
    [
      url,
      "--quiet",
      `--throttling-method=${throttling}`,
      "--output=json",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 2 ** 20 }
  ).toString()
  const report = JSON.parse(json)
  const score = (id: string) => Math.round(report.categories[id].score * 100)
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcp: Math.round(report.audits["first-contentful-paint"].numericValue),
    lcp: Math.round(report.audits["largest-contentful-paint"].numericValue),
    tbt: Math.round(report.audits["total-blocking-time"].numericValue),
  }
}
