import sharp from "sharp"
import { isWebAddress } from "@ocop/contracts/schemas"
import { servedFile } from "../../../utils/uploads"
import { ERROR_CODES } from "@ocop/contracts"
import { storableDocument } from "../documents"
import { quotedName, storableImage } from "../images"

const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#2e7d32" } })

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => null,
    (e) => e
  )
  if (!error) throw new Error("expected a refusal")
  return { code: error.code, message: error.message }
}

describe("storableImage", () => {
  it("keeps only the pixels of a PNG followed by an HTML page, under a random server-given .png name", async () => {
    const png = await picture(8, 8).png().toBuffer()
    const polyglot = Buffer.concat([png, Buffer.from("<html><script>alert(document.cookie)</script></html>")])
    const stored = await storableImage({ originalname: "x.html", buffer: polyglot })
    expect(stored.filename).toMatch(/^[0-9a-f]{32}\.png$/)
    expect(stored.mimeType).toBe("image/png")
    expect(stored.content.includes("<html")).toBe(false)
    expect(stored.content.includes("script")).toBe(false)
    expect((await sharp(stored.content).metadata()).format).toBe("png")
  })

  it("refuses SVG, GIF and text, naming the file, with code upload_not_image", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    const gif = await picture(8, 8).gif().toBuffer()
    for (const [name, buffer] of [
      ["logo.svg", svg],
      ["dong.gif", gif],
      ["trang.html", Buffer.from("<html></html>")],
    ] as const) {
      const { code, message } = await refusal(storableImage({ originalname: name, buffer }))
      expect(code).toBe(ERROR_CODES.UPLOAD_NOT_IMAGE)
      expect(message).toBe(`"${name}" không phải ảnh JPEG, PNG hoặc WebP: chỉ nhận ba loại ảnh này (không nhận SVG, GIF, HEIC).`)
    }
  })

  it("turns a phone photo upright from its EXIF orientation and drops the EXIF (camera, GPS)", async () => {
    const sideways = await picture(40, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    expect((await sharp(sideways).metadata()).exif).toBeDefined()
    const stored = await storableImage({ originalname: "IMG_0001.jpg", buffer: sideways })
    const meta = await sharp(stored.content).metadata()
    expect([meta.format, meta.width, meta.height, meta.exif, meta.orientation]).toEqual(["jpeg", 20, 40, undefined, undefined])
    expect(stored.filename).toMatch(/^[0-9a-f]{32}\.jpg$/)
  })

  it("shrinks a picture to fit 2000×2000 and never enlarges a small one", async () => {
    const wide = await storableImage({ originalname: "toan-canh.webp", buffer: await picture(3000, 1000).webp().toBuffer() })
    expect(await sharp(wide.content).metadata()).toMatchObject({ format: "webp", width: 2000, height: 667 })
    const small = await storableImage({ originalname: "nho.png", buffer: await picture(120, 80).png().toBuffer() })
    expect(await sharp(small.content).metadata()).toMatchObject({ width: 120, height: 80 })
  })

  it("refuses more than 40 megapixels and more than 5 MB, naming the file", async () => {
    const huge = await picture(8000, 6000).jpeg({ quality: 10 }).toBuffer()
    const pixels = await refusal(storableImage({ originalname: "sieu-lon.jpg", buffer: huge }))
    expect(pixels).toEqual({
      code: ERROR_CODES.UPLOAD_TOO_MANY_PIXELS,
      message: 'Ảnh "sieu-lon.jpg" có 8000×6000 điểm ảnh, vượt giới hạn 40 megapixel; hãy thu nhỏ ảnh rồi tải lên lại.',
    })
    const heavy = await refusal(storableImage({ originalname: "nang.jpg", buffer: Buffer.alloc(5 * 1024 * 1024 + 1) }))
    expect(heavy.code).toBe(ERROR_CODES.UPLOAD_TOO_LARGE)
  })

  it("quotes at most 60 characters of a file name, without control characters", () => {
    expect(quotedName(`${"a".repeat(246)}.png`)).toBe(`${"a".repeat(59)}…`)
    expect(quotedName("ảnh\u0000 nhãn.png")).toBe("ảnh nhãn.png")
    expect(quotedName("")).toBe("(không tên)")
  })
})

describe("servedFile", () => {
  it("serves only names the server gave, as the type of their extension", () => {
    expect(servedFile("1767225600000-0123456789abcdef0123456789abcdef.png")).toMatchObject({
      contentType: "image/png",
      download: false,
    })
    expect(servedFile("0123456789abcdef0123456789abcdef.jpg")).toMatchObject({ contentType: "image/jpeg" })
    expect(servedFile("private-1767225600000-1767225600000-order-exports.csv")).toMatchObject({ download: true, private: true })
    // A standard's PDF: public, but only ever a download, never a document of this origin.
    expect(servedFile("1767225600000-0123456789abcdef0123456789abcdef.pdf")).toMatchObject({
      contentType: "application/pdf",
      download: true,
      private: false,
    })
    for (const name of [
      "1767225600000-x.html",
      "0123456789abcdef0123456789abcdef.svg",
      "../secrets.png",
      "1767225600000-anh.png",
      "private-1-x.html",
      "1767225600000-tccs.pdf",
    ]) {
      expect(servedFile(name)).toBeNull()
    }
  })
})

describe("storableDocument", () => {
  it("keeps a PDF by its bytes under a server-given name, whatever it was called", async () => {
    const pdf = Buffer.from("%PDF-1.7\n%%EOF\n")
    const stored = await storableDocument({ originalname: "x.html", buffer: pdf })
    expect(stored).toMatchObject({ mimeType: "application/pdf", content: pdf })
    expect(stored.filename).toMatch(/^[0-9a-f]{32}\.pdf$/)
  })

  it("re-encodes a picture as every upload is", async () => {
    const stored = await storableDocument({ originalname: "trang-1.png", buffer: await picture(4, 4).png().toBuffer() })
    expect(stored.filename).toMatch(/^[0-9a-f]{32}\.png$/)
  })

  it("refuses anything else, and no file at all, with a code", async () => {
    const html = { originalname: "tccs.pdf", buffer: Buffer.from("<html>%PDF-1.7</html>") }
    expect((await refusal(storableDocument(html))).code).toBe(ERROR_CODES.UPLOAD_NOT_DOCUMENT)
    expect((await refusal(storableDocument(undefined))).code).toBe(ERROR_CODES.UPLOAD_NO_FILE)
  })
})

describe("isWebAddress", () => {
  it("accepts http and https addresses with a host, and nothing else", () => {
    expect(isWebAddress("https://cdn.example.vn/anh/nuoc-mam.jpg")).toBe(true)
    expect(isWebAddress("http://localhost:9000/uploads/0123456789abcdef0123456789abcdef.png")).toBe(true)
    for (const address of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:image/png;base64,AAAA",
      "file:///etc/passwd",
      "/uploads/a.png",
      "http:/x",
      "//evil.example/a.png",
      "https://",
    ]) {
      expect(isWebAddress(address)).toBe(false)
    }
  })
})
