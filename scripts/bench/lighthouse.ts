import { execFileSync } from "node:child_process"
import os from "node:os"
import path from "node:path"

const LIGHTHOUSE = path.resolve(import.meta.dirname, "../node_modules/.bin/lighthouse")

export type LighthouseOptions = {
  /** "simulate" (Lighthouse's default, what PageSpeed Insights reports) or "devtools". */
  throttling?: string
  /** Sent with every request of the page, e.g. `{ Cookie: "_ocop_cart_id=…" }` for a cart with items. */
  headers?: Record<string, string>
}

export type LighthouseRun = ReturnType<typeof lighthouse>

/**
 * One Lighthouse mobile run in Debian Chromium (or CHROMIUM_PATH); scores 0–100, times in ms.
 * `benchmarkIndex` is how fast Lighthouse found this machine's CPU at that moment (a busy machine
 * scores lower), and `loadAverage` the 1-minute load average as the run started: both say how far
 * a run is comparable with another.
 */
export function lighthouse(url: string, { throttling = "simulate", headers }: LighthouseOptions = {}) {
  const loadAverage = os.loadavg()[0]
  const json = execFileSync(
    LIGHTHOUSE,
    [
      url,
      "--quiet",
      `--throttling-method=${throttling}`,
      "--output=json",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run",
      ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 2 ** 20 }
  ).toString()
  const report = JSON.parse(json)
  const score = (id: string) => Math.round(report.categories[id].score * 100)
  const audit = (id: string) => report.audits[id]
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcp: Math.round(audit("first-contentful-paint").numericValue),
    lcp: Math.round(audit("largest-contentful-paint").numericValue),
    tbt: Math.round(audit("total-blocking-time").numericValue),
    cls: Number(audit("cumulative-layout-shift").numericValue.toFixed(3)),
    benchmarkIndex: Math.round(report.environment.benchmarkIndex),
    loadAverage: Number(loadAverage.toFixed(2)),
    lcpElement: lcpElement(audit("largest-contentful-paint-element")),
    longTasks: longTasks(audit("long-tasks")),
    /** Audits of the four categories that did not pass, so a score under 100 names its cause. */
    failed: Object.values(report.categories as Record<string, { auditRefs: { id: string; weight: number }[] }>)
      .flatMap((category) => category.auditRefs)
      .filter((ref) => ref.weight > 0 && audit(ref.id).score !== null && audit(ref.id).score < 1)
      .map((ref) => ref.id),
  }
}

/** The parts of an audit's details these summaries read: a list of tables, or a table's rows. */
type AuditDetails<Items> = { details?: { items?: Items } } | undefined
type LcpElementTable = { items?: { node?: { selector?: string; nodeLabel?: string } }[] }
type LcpPhasesTable = { items?: { phase: string; timing: number }[] }

/** The LCP element's selector and how its time splits (TTFB, load delay, load time, render delay). */
function lcpElement(audit: AuditDetails<[LcpElementTable?, LcpPhasesTable?]>): { selector: string; phases: string } | null {
  const [element, phases] = audit?.details?.items ?? []
  const node = element?.items?.[0]?.node
  if (!node) return null
  return {
    selector: node.selector ?? node.nodeLabel ?? "?",
    phases: (phases?.items ?? []).map((p) => `${p.phase} ${Math.round(p.timing)}`).join(", "),
  }
}

/** The three longest main-thread tasks: what TBT is made of. */
function longTasks(audit: AuditDetails<{ url: string; duration: number }[]>): { url: string; duration: number }[] {
  return (audit?.details?.items ?? [])
    .slice()
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((task) => ({ url: task.url, duration: Math.round(task.duration) }))
}

export type LighthouseMedian = Omit<LighthouseRun, "lcpElement" | "longTasks" | "failed" | "benchmarkIndex" | "loadAverage"> & {
  url: string
  /** Each run's benchmarkIndex and load average, in order. */
  benchmarkIndexes: number[]
  loadAverages: number[]
  /** The run whose performance score is the median one, for its LCP element and long tasks. */
  medianRun: LighthouseRun
  runs: LighthouseRun[]
}

/**
 * `runs` Lighthouse runs of one page, one after another, and the median of each score and metric.
 * One run says little on a shared 2-core machine (the same page spreads over 20 points).
 */
export async function lighthouseMedian(
  url: string,
  { runs = 5, ...options }: LighthouseOptions & { runs?: number } = {}
): Promise<LighthouseMedian> {
  const results: LighthouseRun[] = []
  for (let run = 0; run < runs; run++) {
    if (run > 0) await new Promise((resolve) => setTimeout(resolve, 2_000)) // let the last run's Chromium exit
    results.push(lighthouse(url, options))
  }
  const of = (key: "performance" | "accessibility" | "bestPractices" | "seo" | "fcp" | "lcp" | "tbt" | "cls") =>
    median(results.map((r) => r[key]))
  const byPerformance = results.slice().sort((a, b) => a.performance - b.performance)
  return {
    url,
    performance: of("performance"),
    accessibility: of("accessibility"),
    bestPractices: of("bestPractices"),
    seo: of("seo"),
    fcp: of("fcp"),
    lcp: of("lcp"),
    tbt: of("tbt"),
    cls: of("cls"),
    benchmarkIndexes: results.map((r) => r.benchmarkIndex),
    loadAverages: results.map((r) => r.loadAverage),
    medianRun: byPerformance[Math.floor((byPerformance.length - 1) / 2)],
    runs: results,
  }
}

/** The middle value (the lower of the two middle ones for an even count, so it is a measured value). */
function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}
