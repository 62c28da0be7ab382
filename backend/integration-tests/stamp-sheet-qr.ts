import { execFile } from "node:child_process"
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import type { StampLabelSize } from "@ocop/contracts"
import jsQR from "jsqr"
import sharp from "sharp"
import { stampSheetLayout } from "../src/utils/stamp-labels"

// Reads printed stamps back the way a phone does: rasterized, then decoded by a QR reader that shares
// no code with the encoder. Used by the integration tests and the e2e test alike.

const DPI = 150 // 4 to 5 pixels a module on the smallest label: enough for jsQR, quick to rasterize
const BORDER = 40 // px of white around each cropped label, as the paper around it when scanned

/** The text of the one QR code in an image (PNG, SVG, …), or null when none can be read. */
export async function decodeQr(image: Buffer, density = 600): Promise<string | null> {
  const { data, info } = await sharp(image, { density })
    .flatten({ background: "#fff" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null
}

/**
 * A stamp sheet PDF read back: pages rasterized by poppler's pdftoppm, each label cell of the layout
 * cropped and decoded. Cells that hold no label (the rest of the last page) are left out; a label that
 * does not decode shows up as a missing payload.
 */
export async function readStampSheet(pdf: Buffer, size: StampLabelSize): Promise<{ pages: number; payloads: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), "stamp-sheet-"))
  try {
    await writeFile(path.join(dir, "sheet.pdf"), pdf)
    await promisify(execFile)("pdftoppm", ["-r", String(DPI), "-gray", "-png", "sheet.pdf", "page"], { cwd: dir })
    const pages = (await readdir(dir)).filter((name) => name.startsWith("page")).sort()
    const layout = stampSheetLayout(size)
    const px = (mm: number) => Math.round((mm / 25.4) * DPI)
    const payloads: string[] = []
    for (const page of pages) {
      const image = await readFile(path.join(dir, page))
      for (let i = 0; i < layout.columns * layout.rows; i++) {
        const { x, y } = layout.cell(i)
        const cell = await sharp(image)
          .extract({ left: px(x), top: px(y), width: px(layout.side), height: px(layout.side) })
          .extend({ top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, background: "#fff" })
          .png()
          .toBuffer()
        // jsQR misses the odd large code at one scale (2 in 1,000 at 60 mm) and reads it at another, as a
        // phone held a little further away does.
        const payload =
          (await decodeQr(cell, 72)) ??
          (await decodeQr(
            await sharp(cell)
              .resize(px(layout.side / 2))
              .toBuffer(),
            72
          ))
        if (payload !== null) payloads.push(payload)
      }
    }
    return { pages: pages.length, payloads }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
