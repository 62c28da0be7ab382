import PDFDocument from "pdfkit"
import QRCode from "qrcode"
import { foldVietnamese, STAMP_LABEL_SIZES, type StampLabelSize, stampsPerPage } from "@ocop/contracts"

/** What one printed label carries: the QR of its trace URL and the code as people read it. */
export type StampLabel = { code: string; trace_url: string }

// M recovers ~15 % of a scuffed or creased label and keeps a trace URL at version 3–4 (29–33 modules).
const ERROR_CORRECTION = "M"
const PT_PER_MM = 72 / 25.4
const A4 = { width: 210, height: 297 } // mm
/** mm: ticks in the margin, clear of the labels they mark; every size leaves gap + length of margin. */
export const CUT_MARK = { gap: 2, length: 5 }

/** "tem-<lot>.<ext>": the lot number folded to ASCII, so every browser and printer keeps the name. */
export const stampFileName = (lotNumber: string, suffix: string) =>
  `tem-${foldVietnamese(lotNumber).replace(/[^\w.-]+/g, "_")}${suffix}`

/** One stamp's label as SVG, for a professional printer to place: the QR and the code beneath it. */
export async function stampLabelSvg({ code, trace_url }: StampLabel): Promise<string> {
  const qr = await QRCode.toString(trace_url, { type: "svg", errorCorrectionLevel: ERROR_CORRECTION, margin: 4 })
  const modules = QRCode.create(trace_url, { errorCorrectionLevel: ERROR_CORRECTION }).modules.size + 8
  // The QR's own viewBox is its modules and quiet zone; the code goes in a band of 5 modules under it.
  const inner = qr.replace(/^[\s\S]*?<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "")
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${modules} ${modules + 5}" width="30mm" height="${((30 * (modules + 5)) / modules).toFixed(2)}mm">`,
    `<title>Tem OCOP ${code}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    inner,
    `<text x="${modules / 2}" y="${modules + 1.5}" font-family="Helvetica, Arial, sans-serif" font-weight="bold" font-size="3" text-anchor="middle">${code}</text>`,
    "</svg>",
  ].join("\n")
}

/**
 * Where each label of a sheet sits, in mm from the page's top left: a grid of square labels centred on
 * A4. The sheet's drawing and the tests that read it back both follow this.
 */
export function stampSheetLayout(size: StampLabelSize) {
  const { side_mm, columns, rows } = STAMP_LABEL_SIZES[size]
  const left = (A4.width - columns * side_mm) / 2
  const top = (A4.height - rows * side_mm) / 2
  return {
    side: side_mm,
    columns,
    rows,
    left,
    top,
    /** The label cell of the i-th stamp on its page. */
    cell: (i: number) => ({
      x: left + (i % columns) * side_mm,
      y: top + Math.floor(i / columns) * side_mm,
    }),
  }
}

/**
 * A batch's stamps as an A4 PDF to print and cut: one square label each (QR of its trace URL, code in
 * text beneath), cut marks in the margins along every cut line. Written as it is drawn, page by page.
 */
export function stampSheetPdf(labels: StampLabel[], size: StampLabelSize, title: string): PDFKit.PDFDocument {
  const layout = stampSheetLayout(size)
  const mm = (value: number) => value * PT_PER_MM
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: title, Creator: "Sàn OCOP" } })
  const perPage = stampsPerPage(size)

  const padding = layout.side * 0.06
  const textSize = layout.side * 0.075 // mm: the code in 2.25 mm type on the smallest label, clear of its neighbours
  const qrSide = layout.side - 2 * padding - textSize * 1.4

  for (let first = 0; first < labels.length; first += perPage) {
    doc.addPage()
    drawCutMarks(doc, layout, mm)
    labels.slice(first, first + perPage).forEach((label, i) => {
      const cell = layout.cell(i)
      const { modules } = QRCode.create(label.trace_url, { errorCorrectionLevel: ERROR_CORRECTION })
      // Two modules of quiet zone inside the QR's square; the padding around it adds the rest.
      const module = qrSide / (modules.size + 4)
      const qrLeft = cell.x + (layout.side - qrSide) / 2 + 2 * module
      const qrTop = cell.y + padding + 2 * module
      for (let row = 0; row < modules.size; row++) {
        // A run of dark modules is one rectangle: a third of the drawing operators, a smaller file.
        for (let col = 0; col < modules.size; col++) {
          if (!modules.get(row, col)) continue
          const start = col
          while (col + 1 < modules.size && modules.get(row, col + 1)) col++
          doc.rect(mm(qrLeft + start * module), mm(qrTop + row * module), mm((col - start + 1) * module), mm(module))
        }
      }
      doc.fill("#000")
      doc
        .font("Helvetica-Bold")
        .fontSize(mm(textSize))
        .text(label.code, mm(cell.x), mm(cell.y + padding + qrSide + textSize * 0.15), {
          width: mm(layout.side),
          align: "center",
          lineBreak: false,
        })
    })
  }
  doc.end()
  return doc
}

function drawCutMarks(doc: PDFKit.PDFDocument, layout: ReturnType<typeof stampSheetLayout>, mm: (v: number) => number) {
  const right = layout.left + layout.columns * layout.side
  const bottom = layout.top + layout.rows * layout.side
  const { gap, length } = CUT_MARK
  for (let c = 0; c <= layout.columns; c++) {
    const x = mm(layout.left + c * layout.side)
    doc.moveTo(x, mm(layout.top - gap - length)).lineTo(x, mm(layout.top - gap))
    doc.moveTo(x, mm(bottom + gap)).lineTo(x, mm(bottom + gap + length))
  }
  for (let r = 0; r <= layout.rows; r++) {
    const y = mm(layout.top + r * layout.side)
    doc.moveTo(mm(layout.left - gap - length), y).lineTo(mm(layout.left - gap), y)
    doc.moveTo(mm(right + gap), y).lineTo(mm(right + gap + length), y)
  }
  doc.lineWidth(0.3).stroke("#000")
}
