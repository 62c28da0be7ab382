/**
 * Draws a demo product picture (800×800 PNG) so the catalog has images without downloading any.
 * PNG rather than SVG: social catalogs and Open Graph previews do not accept SVG.
 */
import sharp from "sharp"
import type { DemoProduct } from "./demo-catalog"

const PALETTES = [
  ["#14532d", "#dcfce7"],
  ["#7c2d12", "#ffedd5"],
  ["#1e3a8a", "#dbeafe"],
  ["#713f12", "#fef9c3"],
  ["#581c87", "#f3e8ff"],
  ["#134e4a", "#ccfbf1"],
]

function escapeXml(text: string) {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Greedy word wrap; the picture holds at most four lines of title. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.slice(0, 4)
}

export async function renderProductImage(product: DemoProduct): Promise<Buffer> {
  const [ink, paper] = PALETTES[product.product_set % PALETTES.length]
  const title = wrap(product.title, 18)
    .map((line, i) => `<text x="400" y="${330 + i * 64}" font-size="52" font-weight="700">${escapeXml(line)}</text>`)
    .join("")
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
  <rect width="800" height="800" fill="${paper}"/>
  <circle cx="400" cy="170" r="92" fill="${ink}"/>
  <g font-family="DejaVu Sans, Noto Sans, sans-serif" text-anchor="middle" fill="${ink}">
    <text x="400" y="160" font-size="44" font-weight="700" fill="${paper}">OCOP</text>
    <text x="400" y="210" font-size="38" fill="#facc15">${"★".repeat(product.stars)}</text>
    ${title}
    <text x="400" y="650" font-size="30">${escapeXml(product.producer.name)}</text>
    <text x="400" y="700" font-size="26">${escapeXml(product.producer.province)} · Ảnh minh hoạ</text>
  </g>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer()
}
