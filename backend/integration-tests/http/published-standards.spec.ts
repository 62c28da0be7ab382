import { integrationTestRunner } from "./test-runner"
import {
  DAY_MS,
  ERROR_CODES,
  type OfficeProducer,
  type ProducerDashboard,
  type ProductDetail,
  type PublishedStandard,
  type StampTrace,
  vietnamDay,
} from "@ocop/contracts"
import { readdir } from "node:fs/promises"
import sharp from "sharp"
import { uploadsDir } from "../../src/utils/file-storage"
import { publishStandardWorkflow } from "../../src/workflows/standard/publish-standard"
import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { DEMO_BATCH } from "../../src/scripts/seed"
import { adminHeaders, demoLogin, type HttpError, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

/** Nước mắm Kỳ Phú: 4★ with a valid certificate, and the demo batch's product. */
const FISH_SAUCE = DEMO_BATCH.product
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
const CANDY_PRODUCER = "nguyen-thi-hang@ocop.local"

type Auth = { headers: Record<string, string> }
type Standards = { standards: PublishedStandard[] }

/** A Vietnam calendar day this many days from today. */
const day = (days: number) => vietnamDay(Date.now() + days * DAY_MS)

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: "#1e8449" } })
    .png()
    .toBuffer()

/** Published standards (issue 19): TCCS and production process versions, the one in force linked from the shop. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: Auth
    let fish: Auth
    let candy: Auth
    let productId: string
    let stampCode: string

    beforeAll(async () => {
      storeHeaders = await seedDemoStore(getContainer())
      fish = await demoLogin(api, "producer", FISH_SAUCE_PRODUCER)
      candy = await demoLogin(api, "producer", CANDY_PRODUCER)
      productId = (await productPage()).id
      const traceability = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
      const [batch] = await traceability.listBatches({ lot_number: DEMO_BATCH.lot_number })
      const [stamp] = await traceability.listStamps({ batch_id: batch.id }, { take: 1 })
      stampCode = stamp.code
    })

    const productPage = async () =>
      (await api.get<{ product: ProductDetail }>(`/store/catalog/${FISH_SAUCE}`, storeHeaders)).data.product
    const tracePage = async () => (await api.get<{ trace: StampTrace }>(`/store/trace/${stampCode}`, storeHeaders)).data.trace
    const versions = async (auth = fish) =>
      (await api.get<Standards>(`/producer/products/${productId}/standards`, auth)).data.standards

    function publish(
      fields: Record<string, string>,
      file: { name: string; content: Buffer; type: string } | null = { name: "tccs.pdf", content: PDF, type: "application/pdf" },
      auth = fish,
      product = productId
    ) {
      const form = new FormData()
      for (const [key, value] of Object.entries(fields)) form.append(key, value)
      if (file) form.append("file", new Blob([file.content], { type: file.type }), file.name)
      return api.post<Standards>(`/producer/products/${product}/standards`, form, auth)
    }

    async function refusal(request: Promise<unknown>, status: number) {
      const error = await request.then(
        () => null,
        (e: HttpError) => e
      )
      expect(error?.response?.status).toBe(status)
      return error!.response!.data
    }

    const missingOnDashboard = async () =>
      (await api.get<ProducerDashboard>("/producer/dashboard", fish)).data.missing_standards.map((m) => m.product_id)
    const producersMissing = async () =>
      (
        await api.get<{ producers: OfficeProducer[] }>(
          "/admin/producers?missing_standard=true&limit=100",
          await adminHeaders(api)
        )
      ).data.producers

    it("warns the producer and the office of a 4★ product without a TCCS in force, until one is published", async () => {
      expect(await missingOnDashboard()).toContain(productId)
      const before = (await producersMissing()).find((p) => p.name.includes("Kỳ Phú"))
      expect(before?.missing_standard_count).toBe(1)
      // The candy (3★) is not flagged: the warning is for 4★ and 5★.
      expect((await api.get<ProducerDashboard>("/producer/dashboard", candy)).data.missing_standards).toEqual([])

      // A TCCS effective only next month does not answer the warning yet.
      await publish({ kind: "tccs", version: "TCCS 02:2027/HTX Kỳ Phú", effective_on: day(30) })
      expect(await missingOnDashboard()).toContain(productId)

      await publish({ kind: "tccs", version: "TCCS 01:2026/HTX Kỳ Phú", effective_on: day(-200) })
      expect(await missingOnDashboard()).not.toContain(productId)
      expect((await producersMissing()).find((p) => p.name.includes("Kỳ Phú"))).toBeUndefined()
    })

    it("keeps every version and links the latest in force from the product page and the trace page", async () => {
      await publish({ kind: "tccs", version: "TCCS 02:2027/HTX Kỳ Phú", effective_on: day(30) })
      await publish({ kind: "tccs", version: "TCCS 01:2026/HTX Kỳ Phú", effective_on: day(-200) })
      const { data, status } = await publish(
        { kind: "tccs", version: "TCCS 01:2026/HTX Kỳ Phú (sửa đổi 1)", effective_on: day(-1) },
        { name: "trang-1.png", content: await png(), type: "image/png" }
      )
      expect(status).toBe(201)
      const tccs = data.standards.filter((s) => s.kind === "tccs")
      expect(tccs.map((s) => [s.version, s.in_force])).toEqual([
        ["TCCS 02:2027/HTX Kỳ Phú", false],
        ["TCCS 01:2026/HTX Kỳ Phú (sửa đổi 1)", true],
        ["TCCS 01:2026/HTX Kỳ Phú", false],
      ])
      expect(tccs[1].url).toMatch(/\/uploads\/\d+-[0-9a-f]{32}\.png$/)
      expect(tccs[2].url).toMatch(/\/uploads\/\d+-[0-9a-f]{32}\.pdf$/)

      const v2 = { kind: "tccs", version: "TCCS 01:2026/HTX Kỳ Phú (sửa đổi 1)", effective_on: day(-1), url: tccs[1].url }
      expect((await productPage()).standards).toEqual([v2])
      expect((await tracePage()).standards).toEqual([v2])

      await publish({ kind: "process", version: "QTSX 01/HTX Kỳ Phú", effective_on: day(0) })
      expect((await productPage()).standards.map((s) => [s.kind, s.version])).toEqual([
        ["tccs", "TCCS 01:2026/HTX Kỳ Phú (sửa đổi 1)"],
        ["process", "QTSX 01/HTX Kỳ Phú"],
      ])
      expect((await tracePage()).standards.map((s) => s.kind)).toEqual(["tccs", "process"])
    })

    it("serves a published PDF only as a download, under the name the server gave it", async () => {
      const { data } = await publish({ kind: "process", version: "QTSX 01/HTX Kỳ Phú", effective_on: day(0) })
      const pdf = data.standards[0]
      const response = await api.get<Buffer>(new URL(pdf.url).pathname, { responseType: "arraybuffer" })
      expect(response.headers["content-type"]).toBe("application/pdf")
      expect(response.headers["content-disposition"]).toMatch(/^attachment/)
      expect(response.headers["x-content-type-options"]).toBe("nosniff")
      expect(Buffer.from(response.data).equals(PDF)).toBe(true)
    })

    it("refuses a file that is neither a PDF nor a picture, a missing file and impossible fields, writing nothing", async () => {
      await publish({ kind: "tccs", version: "TCCS 01:2026/HTX Kỳ Phú", effective_on: day(-200) })
      const count = (await versions()).length
      const fields = { kind: "tccs", version: "TCCS 03:2026", effective_on: day(0) }
      const html = { name: "tccs.pdf", content: Buffer.from("<html><script>alert(1)</script></html>"), type: "application/pdf" }
      const notDocument = await refusal(publish(fields, html), 400)
      expect(notDocument.code).toBe(ERROR_CODES.UPLOAD_NOT_DOCUMENT)
      expect(notDocument.message).toMatch(/không phải tệp PDF hay ảnh/)

      expect((await refusal(publish(fields, null), 400)).code).toBe(ERROR_CODES.UPLOAD_NO_FILE)
      const old = await refusal(publish({ ...fields, effective_on: "1999-12-31" }), 400)
      expect(old.code).toBe(ERROR_CODES.INVALID_DATE)
      const far = await refusal(publish({ ...fields, effective_on: day(400) }), 400)
      expect(far.message).toMatch(/xa hơn một năm/)
      expect((await refusal(publish({ ...fields, version: "x".repeat(101) }), 400)).message).toMatch(/tối đa 100 ký tự/)
      expect((await refusal(publish({ ...fields, kind: "label" }), 400)).message).toMatch(/Chọn loại tài liệu/)
      expect(await versions()).toHaveLength(count)
      expect(count).toBe(1)
    })

    it("removes the stored file again when the version cannot be recorded (the workflow's compensation)", async () => {
      const pdfs = async () => (await readdir(uploadsDir()).catch(() => [] as string[])).filter((name) => name.endsWith(".pdf"))
      const before = await pdfs()
      const { errors } = await publishStandardWorkflow(getContainer()).run({
        input: {
          product_id: productId,
          kind: "tccs",
          // No version: the record's NOT NULL refuses it after the file was stored.
          version: null as unknown as string,
          effective_on: new Date(),
          document: {
            filename: "0123456789abcdef0123456789abcdef.pdf",
            mimeType: "application/pdf",
            content: PDF.toString("base64"),
          },
        },
        throwOnError: false,
      })
      // It failed at the record, after the file step had stored the PDF: that file must be gone.
      expect(errors.map((e) => e.action)).toContain("create-published-standard")
      expect((await pdfs()).sort()).toEqual(before.sort())
      expect(await versions()).toEqual([])
    })

    it("answers 404 for another producer's product, reading or publishing", async () => {
      const count = (await versions()).length
      expect((await refusal(api.get(`/producer/products/${productId}/standards`, candy), 404)).message).toMatch(
        /Không tìm thấy sản phẩm/
      )
      await refusal(publish({ kind: "tccs", version: "TCCS giả", effective_on: day(0) }, undefined, candy), 404)
      expect(await versions()).toHaveLength(count)
      expect((await productPage()).standards.map((s) => s.version)).not.toContain("TCCS giả")
    })
  },
})
