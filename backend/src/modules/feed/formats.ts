/**
 * Each platform's catalog format: its field names, enums and file types, written row by row so a
 * file of any size is produced without holding it.
 * - Meta (Facebook, Instagram): catalog data feed, CSV/TSV/XML (RSS 2.0 with the g: namespace).
 * - TikTok: catalog product parameters, CSV/TSV; the item id is `sku_id`.
 * - Google Merchant Center: TSV or XML (RSS 2.0, g: namespace); availability in snake case, and
 *   `identifier_exists` = no, as OCOP packagings carry no GTIN.
 */
import type { FeedItem } from "./feed-item"

import { CHANNEL_FORMATS, type FeedChannel, type FeedFormat } from "@ocop/contracts"

// Channels and their file types are what Admin's form offers too, so they live in the contracts.
export { CHANNEL_FORMATS, type FeedChannel, type FeedFormat }

export const CONTENT_TYPES: Record<FeedFormat, string> = {
  csv: "text/csv; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  xml: "application/xml; charset=utf-8",
}

/** The file name a feed is served under: `/feeds/<token>/<channel>.<format>`. */
export const feedFileName = (feed: { channel: FeedChannel; format: FeedFormat }) => `${feed.channel}.${feed.format}`

/** "120000 VND": integer đồng, no separators, ISO currency, as every platform reads prices. */
export const feedPrice = (amount: number) => `${Math.round(amount)} VND`

type Value = string | string[]

/** The platform's fields of one item, in its column order. */
export function channelFields(channel: FeedChannel, item: FeedItem): [string, Value][] {
  const availability =
    channel === "google" ? (item.in_stock ? "in_stock" : "out_of_stock") : item.in_stock ? "in stock" : "out of stock"
  const common: [string, Value][] = [
    ["title", item.title],
    ["description", item.description],
    ["availability", availability],
    ["condition", "new"],
    ["price", feedPrice(item.price)],
    ["sale_price", item.sale_price === null ? "" : feedPrice(item.sale_price)],
    ["link", item.link],
    ["image_link", item.image_link ?? ""],
    ["additional_image_link", item.additional_image_links],
    ["brand", item.brand],
    ["item_group_id", item.item_group_id],
    ["google_product_category", item.google_product_category ?? ""],
    ["product_type", item.product_type],
    ["custom_label_0", item.labels[0]],
    ["custom_label_1", item.labels[1]],
    ["custom_label_2", item.labels[2]],
  ]
  if (channel === "tiktok") return [["sku_id", item.id], ...common]
  if (channel === "google") return [["id", item.id], ...common, ["identifier_exists", "no"]]
  return [["id", item.id], ...common]
}

export const channelColumns = (channel: FeedChannel) =>
  channelFields(channel, {
    id: "",
    item_group_id: "",
    title: "",
    description: "",
    in_stock: true,
    price: 0,
    sale_price: null,
    link: "",
    image_link: null,
    additional_image_links: [],
    brand: "",
    google_product_category: null,
    product_type: "",
    labels: ["", "", ""],
  }).map(([name]) => name)

/** A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
/** A TSV cell: TSV has no quoting, so tabs and line breaks become spaces. */
const tsvCell = (value: string) => value.replace(/[\t\r\n]+/g, " ")
const xmlText = (value: string) =>
  value
    // Characters XML 1.0 forbids never reach the file.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")

/** Google lists title, link and description as plain RSS elements; every other field in the g: namespace. */
const GOOGLE_PLAIN = new Set(["title", "link", "description"])

export type FeedWriter = { header: string; row: (item: FeedItem) => string; footer: string }

/** How a channel and format write a file: what opens it, one item, what closes it. */
export function feedWriter(channel: FeedChannel, format: FeedFormat, about: { title: string; link: string }): FeedWriter {
  if (format === "xml") {
    return {
      header:
        `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n` +
        `<title>${xmlText(about.title)}</title>\n<link>${xmlText(about.link)}</link>\n<description>${xmlText(about.title)}</description>\n`,
      row: (item) => {
        const elements = channelFields(channel, item).flatMap(([name, value]) => {
          const tag = channel === "google" && GOOGLE_PLAIN.has(name) ? name : `g:${name}`
          const values = Array.isArray(value) ? value : [value]
          return values.filter((v) => v !== "").map((v) => `<${tag}>${xmlText(v)}</${tag}>`)
        })
        return `<item>\n${elements.join("\n")}\n</item>\n`
      },
      footer: "</channel>\n</rss>\n",
    }
  }
  const separator = format === "csv" ? "," : "\t"
  const cell = format === "csv" ? csvCell : tsvCell
  // Several image links share one cell, comma-separated, in both CSV and TSV.
  const line = (values: Value[]) => `${values.map((v) => cell(Array.isArray(v) ? v.join(",") : v)).join(separator)}\n`
  return {
    header: line(channelColumns(channel)),
    row: (item) => line(channelFields(channel, item).map(([, value]) => value)),
    footer: "",
  }
}
