/**
 * A one-off catalog export: `medusa exec ./src/scripts/export-feed.ts channel=meta out=file.csv`
 * (from the root: `pnpm feeds:export --channel meta --out file.csv`). The same rows as a stored feed, written to any file; nothing
 * is stored in the database. Prints what it wrote, how long it took and the process's peak memory.
 *
 * Options: channel=meta|tiktok|google (required), format=csv|tsv|xml (the channel's first by default),
 * out=<file> (default <channel>.<format>), province=<name> (repeatable), stars=4,5, product-set=7,9,
 * producer=<handle> (repeatable), in-stock, utm-source=, utm-medium=, utm-campaign=.
 */
import { once } from "node:events"
import { createWriteStream } from "node:fs"
import { mkdir, rename, rm } from "node:fs/promises"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FeedBody } from "@ocop/contracts/schemas"
import { CHANNEL_FORMATS, type FeedChannel } from "../modules/feed/formats"
import { writeFeed } from "../workflows/feeds/generate-feed"

/**
 * `medusa exec` refuses --options of its own, so options arrive as words: "channel=meta", "stars=4,5",
 * "province=Hà Tĩnh" (repeatable), "in-stock". → { channel: ["meta"], stars: ["4,5"], "in-stock": [] }
 */
function readOptions(args: string[]): Map<string, string[]> {
  const options = new Map<string, string[]>()
  for (const arg of args) {
    const [name, ...rest] = arg.replace(/^--/, "").split("=")
    options.set(name, [...(options.get(name) ?? []), ...(rest.length ? [rest.join("=")] : [])])
  }
  return options
}

const numbers = (values: string[] | undefined) => values?.flatMap((v) => v.split(",")).map(Number)

export default async function exportFeed({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = readOptions(args)
  const one = (name: string) => options.get(name)?.at(-1)
  const channel = one("channel") as FeedChannel | undefined
  // The same rules as a feed made in Admin: a bad value is refused with the same sentence.
  const parsed = FeedBody.safeParse({
    name: "Xuất một lần",
    channel,
    format: one("format") ?? (channel ? CHANNEL_FORMATS[channel]?.[0] : undefined),
    filters: {
      provinces: options.get("province"),
      stars: numbers(options.get("stars")),
      product_sets: numbers(options.get("product-set")),
      producers: options.get("producer"),
      in_stock_only: options.has("in-stock") || undefined,
    },
    utm_source: one("utm-source"),
    utm_medium: one("utm-medium"),
    utm_campaign: one("utm-campaign"),
  })
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`).join("\n"))
  const spec = parsed.data
  if (!CHANNEL_FORMATS[spec.channel].includes(spec.format)) {
    throw new Error(`${spec.channel} does not read ${spec.format}: use ${CHANNEL_FORMATS[spec.channel].join(" or ")}.`)
  }

  // Relative to where `pnpm feeds:export` was typed, not to the backend folder medusa runs in.
  const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), one("out") ?? `${spec.channel}.${spec.format}`)
  // Medusa itself is loaded before the export starts: what the export adds is sampled as it runs.
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
  const before = process.memoryUsage()
  let peak = { rss: before.rss, heap: before.heapUsed }
  const sampler = setInterval(() => {
    const now = process.memoryUsage()
    peak = { rss: Math.max(peak.rss, now.rss), heap: Math.max(peak.heap, now.heapUsed) }
  }, 50)
  const started = performance.now()
  // Under a temporary name first: a file of that name is only ever replaced by a complete one.
  const partial = `${out}.partial`
  await mkdir(path.dirname(out), { recursive: true })
  const file = createWriteStream(partial)
  const written = await Promise.all([writeFeed(container, spec, file, new Date()), once(file, "finish")])
    .then(([facts]) => facts)
    .catch(async (error) => {
      file.destroy()
      await rm(partial, { force: true })
      throw error
    })
    .finally(() => clearInterval(sampler))
  await rename(partial, out)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024)
  logger.info(
    `feed export ${JSON.stringify({ file: out, channel: spec.channel, format: spec.format, items: written.items, bytes: written.bytes, warnings: written.warnings.counts, seconds: Number(seconds), peak_rss_mb: peakMb, rss_growth_mb: mb(peak.rss - before.rss), peak_heap_mb: mb(peak.heap) })}`
  )
}
