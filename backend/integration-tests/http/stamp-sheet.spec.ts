import { integrationTestRunner } from "./test-runner"
import { ERROR_CODES, type ProducerStamp, type ProductionBatch, stampTracePath, stampsPerPage } from "@ocop/contracts"
import { DEMO_BATCH } from "../../src/scripts/seed"
import { storefrontUrl } from "../../src/utils/storefront-url"
import { decodeQr, readStampSheet } from "../stamp-sheet-qr"
import { answerTo, demoLogin, type Refusal, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
const CANDY_PRODUCER = "nguyen-thi-hang@ocop.local"

type Batches = { batches: ProductionBatch[] }
type Stamps = { stamps: ProducerStamp[] }

const traceUrl = (code: string) => `${storefrontUrl()}${stampTracePath(code)}`
const sorted = (values: string[]) => [...values].sort()

/** Printed stamps (issue 19): a batch's QR labels as an A4 PDF sheet and as one SVG per stamp. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let producer: { headers: Record<string, string> }
    let demoBatch: ProductionBatch

    beforeAll(async () => {
      await seedDemoStore(getContainer())
      producer = await demoLogin(api, "producer", FISH_SAUCE_PRODUCER)
      const { data } = await api.get<Batches>("/producer/batches", producer)
      demoBatch = data.batches.find((b) => b.lot_number === DEMO_BATCH.lot_number)!
    })

    const stampsOf = async (batchId: string) =>
      (await api.get<Stamps>(`/producer/batches/${batchId}/stamps`, producer)).data.stamps
    const sheet = (batchId: string, query = "", headers = producer) =>
      api.get<ArrayBuffer>(`/producer/batches/${batchId}/stamp-sheet${query}`, { ...headers, responseType: "arraybuffer" })

    it("prints a batch's stamps on A4 pages of QR labels, each decoding to its stamp's trace URL", async () => {
      const stamps = await stampsOf(demoBatch.id)
      expect(stamps).toHaveLength(DEMO_BATCH.quantity)

      // The default size: 54 small labels a page, so the demo batch's 24 fit on one.
      const small = await sheet(demoBatch.id)
      expect(small.headers["content-type"]).toBe("application/pdf")
      expect(small.headers["content-disposition"]).toBe(`attachment; filename="tem-${DEMO_BATCH.lot_number}-30mm.pdf"`)
      const smallRead = await readStampSheet(Buffer.from(small.data), "30")
      expect(smallRead.pages).toBe(1)
      expect(sorted(smallRead.payloads)).toEqual(sorted(stamps.map((s) => traceUrl(s.code))))

      // The large labels: 12 a page, two pages for 24 stamps, each stamp once.
      const large = await sheet(demoBatch.id, "?size=60")
      expect(large.headers["content-disposition"]).toMatch(/filename="tem-NM-2026-10-60mm\.pdf"/)
      const largeRead = await readStampSheet(Buffer.from(large.data), "60")
      expect(largeRead.pages).toBe(Math.ceil(DEMO_BATCH.quantity / stampsPerPage("60")))
      expect(largeRead.pages).toBe(2)
      expect(sorted(largeRead.payloads)).toEqual(sorted(stamps.map((s) => traceUrl(s.code))))
    })

    it("fills a second page when a batch outgrows one, and names the file from the lot number in ASCII", async () => {
      const { data } = await api.post<{ batch: ProductionBatch }>(
        "/producer/batches",
        {
          variant_id: demoBatch.variant_id,
          lot_number: "Lô Đặc biệt 12",
          produced_on: "2026-11-20",
          expires_on: "2028-11-20",
          quantity: stampsPerPage("30") + 1,
        },
        producer
      )
      const stamps = await stampsOf(data.batch.id)
      const pdf = await sheet(data.batch.id, "?size=30")
      expect(pdf.headers["content-disposition"]).toBe('attachment; filename="tem-Lo_Dac_biet_12-30mm.pdf"')
      const read = await readStampSheet(Buffer.from(pdf.data), "30")
      expect(read.pages).toBe(2)
      expect(read.payloads).toHaveLength(stampsPerPage("30") + 1)
      expect(sorted(read.payloads)).toEqual(sorted(stamps.map((s) => traceUrl(s.code))))
    })

    it("gives each stamp's label as an SVG whose QR decodes to its trace URL", async () => {
      const [stamp] = await stampsOf(demoBatch.id)
      const svg = await api.get<string>(`/producer/stamps/${stamp.code}/svg`, { ...producer, responseType: "text" })
      expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/)
      expect(svg.headers["content-disposition"]).toBe(`attachment; filename="tem-${stamp.code}.svg"`)
      expect(svg.data).toContain(`>${stamp.code}</text>`)
      expect(await decodeQr(Buffer.from(svg.data))).toBe(traceUrl(stamp.code))
    })

    it("shows another producer's batch and stamps as not found", async () => {
      const candy = await demoLogin(api, "producer", CANDY_PRODUCER)
      const [stamp] = await stampsOf(demoBatch.id)
      const foreignSheet = await answerTo(sheet(demoBatch.id, "", candy))
      expect(foreignSheet.status).toBe(404)
      const foreignSvg = await answerTo(api.get(`/producer/stamps/${stamp.code}/svg`, candy))
      expect(foreignSvg.status).toBe(404)
    })

    it("refuses a size no label paper has, and a batch whose every stamp is voided", async () => {
      const badSize = await answerTo<Refusal>(api.get(`/producer/batches/${demoBatch.id}/stamp-sheet?size=35`, producer))
      expect(badSize.status).toBe(400)
      expect(badSize.data).toMatchObject({ code: ERROR_CODES.INVALID_DATA, message: "Chọn cỡ tem: 30, 45 hoặc 60 (mm)." })

      const { data } = await api.post<{ batch: ProductionBatch }>(
        "/producer/batches",
        { variant_id: demoBatch.variant_id, lot_number: "NM-HUY", produced_on: "2026-11-20", quantity: 1 },
        producer
      )
      const [stamp] = await stampsOf(data.batch.id)
      await api.post(`/producer/stamps/${stamp.code}/void`, { reason: "Tem rách khi dán" }, producer)
      const empty = await answerTo<Refusal>(sheet(data.batch.id))
      expect(empty.status).toBe(400)
      const refusal = JSON.parse(Buffer.from(empty.data as unknown as ArrayBuffer).toString("utf8")) as Refusal
      expect(refusal).toMatchObject({
        code: ERROR_CODES.NO_STAMPS_TO_PRINT,
        message: expect.stringMatching(/NM-HUY.*không còn tem/),
      })
      const voided = await answerTo<Refusal>(api.get(`/producer/stamps/${stamp.code}/svg`, producer))
      expect(voided.status).toBe(400)
      expect(voided.data.code).toBe(ERROR_CODES.NO_STAMPS_TO_PRINT)
    })
  },
})
