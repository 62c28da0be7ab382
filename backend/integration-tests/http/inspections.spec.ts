import { integrationTestRunner } from "./test-runner"
import type { HttpTypes, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sharp from "sharp"
import {
  type CatalogPage,
  DAY_MS,
  type Feed,
  INSPECTION_CHECKS,
  type InspectionCheck,
  type InspectionRecord,
  vietnamDay,
} from "@ocop/contracts"
import { readdirSync } from "node:fs"
import { INSPECTION_MODULE } from "../../src/modules/inspection"
import { NOTICE_MODULE } from "../../src/modules/notice"
import type NoticeModuleService from "../../src/modules/notice/service"
import type InspectionModuleService from "../../src/modules/inspection/service"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { DEMO_BATCH } from "../../src/scripts/seed"
import { uploadsDir } from "../../src/utils/file-storage"
import { adminHeaders, answerTo, demoLogin, demoRegionId, type Refusal, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

const CANDY = "keo-cu-do-ha-tinh-nguyen-hang"
const CANDY_PRODUCER = "nguyen-thi-hang@ocop.local"
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"

type Recorded = { inspection: InspectionRecord }
type Headers = { headers: Record<string, string> }
type Violation = InspectionRecord["violations"][number]

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
const storedFiles = () => readdirSync(uploadsDir()).length
type Inspections = { inspections: InspectionRecord[]; count: number }

const daysAgo = (days: number) => vietnamDay(Date.now() - days * DAY_MS)

/** A checklist where every item passes but those named, which fail (with evidence when given). */
const checklist = (failed: InspectionCheck[] = [], evidence: string[] = []) =>
  INSPECTION_CHECKS.map((check) =>
    failed.includes(check)
      ? { check, result: "failed", note: "Không đạt khi kiểm tra tại cơ sở", evidence }
      : { check, result: "passed" }
  )

/**
 * Post-certification inspections (issue 19): findings → violations → the rule's proposal → the office's decision.
 * The runner restores the seeded database before each test: each one records the history it needs.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      storeHeaders = await seedDemoStore(getContainer())
      admin = await adminHeaders(api)
    })

    const inspections = () => getContainer().resolve<InspectionModuleService>(INSPECTION_MODULE)

    /** A product's id, its producer, its variants and its (only) certificate. */
    async function product(handle: string) {
      const query = getContainer().resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "producer.id", "variants.id", "certificates.id", "certificates.status"],
        filters: { handle },
      })
      const [p] = data
      return {
        id: p.id,
        producer_id: p.producer!.id,
        variant_id: p.variants![0]!.id,
        certificate: p.certificates!.find((c) => c!.status === "valid" || c!.status === "suspended")!,
      }
    }
    const certificateStatus = async (id: string) =>
      (await getContainer().resolve<OcopModuleService>(OCOP_MODULE).retrieveCertificate(id)).status

    /** Uploads one evidence file as the office (or a producer, to its own route); answers the stored name. */
    async function uploadEvidence(content: Buffer, fileName: string, as: "admin" | "producer" = "admin", headers = admin) {
      const form = new FormData()
      form.append("file", new Blob([new Uint8Array(content)]), fileName)
      return answerTo<{ file: { name: string } } & Refusal>(api.post(`/${as}/inspection-evidence`, form, headers))
    }
    const png = () =>
      sharp({ create: { width: 8, height: 8, channels: 3, background: "#c0392b" } })
        .png()
        .toBuffer()
    async function evidencePhoto() {
      return (await uploadEvidence(await png(), "bao-bi-khac-mau.png")).data.file.name
    }

    const record = (body: Record<string, unknown>) => api.post<Recorded>("/admin/inspections", body, admin)
    const inspectionOf = (
      p: { id: string; producer_id: string },
      inspected_on: string,
      failed: InspectionCheck[] = [],
      evidence: string[] = []
    ) => ({
      producer_id: p.producer_id,
      inspected_on,
      kind: "unannounced",
      team: "Văn phòng Điều phối OCOP tỉnh Hà Tĩnh, Chi cục QLCL Nông lâm thủy sản",
      product_ids: [p.id],
      items: checklist(failed, evidence),
    })
    const written = async () => ({
      inspections: (await inspections().listInspections()).length,
      violations: (await inspections().listViolations()).length,
      proposals: (await inspections().listInspectionProposals()).length,
    })

    it("refuses an inspection dated in the future, an item without a result, a missing item, another producer's batch and unknown evidence, writing nothing", async () => {
      const candy = await product(CANDY)
      const fishSauce = await product(DEMO_BATCH.product)
      const [otherBatch] = await getContainer()
        .resolve("traceability")
        .listBatches({ producer_id: fishSauce.producer_id }, { select: ["id"] })
      const before = await written()
      const good = inspectionOf(candy, daysAgo(1), ["packaging_matches_design"])

      const future = await answerTo(record({ ...good, inspected_on: daysAgo(-2) }))
      expect(future.status).toBe(400)
      expect(future.data).toMatchObject({ code: "invalid_date", message: "Ngày kiểm tra không được ở tương lai." })

      const noResult = await answerTo(
        record({ ...good, items: good.items.map((item, i) => (i === 0 ? { check: item.check } : item)) })
      )
      expect(noResult.status).toBe(400)
      expect(noResult.data.message).toMatch(/Mỗi tiêu chí phải có kết quả/)

      const missing = await answerTo(record({ ...good, items: good.items.slice(1) }))
      expect(missing.status).toBe(400)
      expect(missing.data.code).toBe("checklist_incomplete")
      expect(missing.data.message).toMatch(/Chưa có kết quả cho: Tem OCOP có trên từng đơn vị sản phẩm/)

      const otherProducers = await answerTo(record({ ...good, batch_ids: [otherBatch.id] }))
      expect(otherProducers.status).toBe(404)
      expect(otherProducers.data).toMatchObject({ code: "not_producers", message: expect.stringMatching(/lô/) })
      const otherProduct = await answerTo(record({ ...good, product_ids: [fishSauce.id] }))
      expect(otherProduct.status).toBe(404)

      const unknownFile = await answerTo(
        record(inspectionOf(candy, daysAgo(1), ["packaging_matches_design"], ["../../package.json"]))
      )
      expect(unknownFile.status).toBe(400)
      expect(unknownFile.data.code).toBe("evidence_unknown")
      const neverUploaded = await answerTo(
        record(inspectionOf(candy, daysAgo(1), ["packaging_matches_design"], [`${"a".repeat(32)}.png`]))
      )
      expect(neverUploaded.data.code).toBe("evidence_unknown")

      expect(await written()).toEqual(before)
      expect(await certificateStatus(candy.certificate.id)).toBe("valid")
    })

    it("turns a first failed 'packaging differs' into a violation and a suspension proposal, which the office may dismiss once, with a reason", async () => {
      const candy = await product(CANDY)
      const photo = await evidencePhoto()
      const { data, status } = await record(inspectionOf(candy, daysAgo(60), ["packaging_matches_design"], [photo]))
      expect(status).toBe(201)
      const { inspection } = data
      expect(inspection.items.find((item) => item.check === "packaging_matches_design")).toMatchObject({
        result: "failed",
        evidence: [photo],
      })
      expect(inspection.violations).toEqual([
        expect.objectContaining({
          ground: "product_differs",
          status: "open",
          certificate: expect.objectContaining({ id: candy.certificate.id }),
        }),
      ])
      expect(inspection.proposals).toEqual([
        expect.objectContaining({ action: "suspension", status: "proposed", grounds: ["product_differs"] }),
      ])
      const proposal = inspection.proposals[0]

      const noReason = await answerTo(api.post(`/admin/inspection-proposals/${proposal.id}/dismiss`, {}, admin))
      expect(noReason.status).toBe(400)
      const dismissed = await api.post<{ proposal: InspectionRecord["proposals"][number] }>(
        `/admin/inspection-proposals/${proposal.id}/dismiss`,
        { reason: "Cơ sở đã đổi lại bao bì đúng mẫu ngay trong buổi kiểm tra" },
        admin
      )
      expect(dismissed.data.proposal).toMatchObject({ status: "dismissed", reason: expect.stringMatching(/đúng mẫu/) })
      expect(await certificateStatus(candy.certificate.id)).toBe("valid")

      for (const decision of ["confirm", "dismiss"]) {
        const again = await answerTo(
          api.post(`/admin/inspection-proposals/${proposal.id}/${decision}`, { reason: "Quyết định lại lần nữa" }, admin)
        )
        expect(again.status).toBe(400)
        expect(again.data.code).toBe("proposal_decided")
      }
      expect((await api.get<{ violations: unknown[] }>("/admin/violations?status=open", admin)).data.violations).toHaveLength(1)
    })

    it("shows a producer its own inspections only", async () => {
      const candy = await product(CANDY)
      await record(inspectionOf(candy, daysAgo(3), ["tccs_followed"]))
      const own = await api.get<Inspections>("/producer/inspections", await demoLogin(api, "producer", CANDY_PRODUCER))
      expect(own.data.count).toBe(1)
      expect(own.data.inspections[0]).toMatchObject({ producer: { id: candy.producer_id } })
      expect(own.data.inspections[0].violations[0].correct_by).toEqual(expect.any(String))
      const other = await api.get<Inspections>("/producer/inspections", await demoLogin(api, "producer", FISH_SAUCE_PRODUCER))
      expect(other.data).toEqual({ inspections: [], count: 0 })
      expect((await answerTo(api.get("/producer/inspections"))).status).toBe(401)
    })

    it("proposes revocation for a second violation within 12 months; confirming revokes the certificate, so the product leaves the catalog, the feeds' next run and carts", async () => {
      const candy = await product(CANDY)
      // Before: a shopper's cart holds the candy, a marketer's feed lists it.
      const { data: earlier } = await api.post<HttpTypes.StoreCartResponse>(
        "/store/carts",
        { region_id: await demoRegionId(getContainer()) },
        storeHeaders
      )
      await api.post(`/store/carts/${earlier.cart.id}/line-items`, { variant_id: candy.variant_id, quantity: 1 }, storeHeaders)
      const { data: created } = await api.post<{ feed: Feed }>(
        "/admin/feeds",
        { name: "Đặc sản Hà Tĩnh", channel: "meta", format: "csv", filters: {} },
        admin
      )
      const feedListsCandy = async () => {
        await api.post(`/admin/feeds/${created.feed.id}/generate`, {}, admin)
        const { data: file } = await api.get<string>(new URL(created.feed.url).pathname, {
          responseType: "text",
          transformResponse: (body: string) => body,
        })
        return file.includes(`/products/${CANDY}?`)
      }
      expect(await feedListsCandy()).toBe(true)

      // Each test starts from the seeded store: the first violation, 11 months ago, a warning then.
      const first = await record(inspectionOf(candy, daysAgo(335), ["process_posted"]))
      expect(first.data.inspection.proposals).toEqual([expect.objectContaining({ action: "warning" })])
      const { data } = await record(inspectionOf(candy, daysAgo(0), ["process_posted"]))
      const [proposal] = data.inspection.proposals
      expect(proposal).toMatchObject({ action: "revocation", grounds: ["process_not_followed"] })
      expect(proposal.why).toMatch(/lần thứ hai trong vòng 12 tháng/)

      // Two office members confirming at once: one decides, the other is told it is decided.
      const [first_, second_] = await Promise.all(
        [1, 2].map(() =>
          answerTo<{ proposal: InspectionRecord["proposals"][number] }>(
            api.post(`/admin/inspection-proposals/${proposal.id}/confirm`, {}, admin)
          )
        )
      )
      expect([first_.status, second_.status].sort()).toEqual([200, 400])
      const confirmed = first_.status === 200 ? first_ : second_
      expect(confirmed.data.proposal).toMatchObject({ status: "confirmed", certificate: { status: "revoked" } })
      expect(await certificateStatus(candy.certificate.id)).toBe("revoked")

      // The producer was e-mailed each inspection's findings and the revocation, queued with them.
      const notices = getContainer().resolve<NoticeModuleService>(NOTICE_MODULE)
      const toldOf = (resource_id: string) => notices.listNotices({ resource_id }, { select: ["template", "data"] })
      expect(await toldOf(data.inspection.id)).toEqual([
        expect.objectContaining({
          template: "inspection-recorded",
          data: expect.objectContaining({
            failed: [{ check: "Quy trình sản xuất được niêm yết", ground: expect.stringMatching(/quy trình sản xuất/) }],
            correct_by: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          }),
        }),
      ])
      expect(await toldOf(candy.certificate.id)).toEqual([
        expect.objectContaining({
          template: "certificate-status-changed",
          data: expect.objectContaining({
            change: "revoked",
            reason: expect.stringMatching(/^Thu hồi giấy chứng nhận sau kiểm tra/),
          }),
        }),
      ])

      const catalog = (await api.get<CatalogPage>("/store/catalog?limit=100", storeHeaders)).data
      expect(catalog.cards.map((card) => card.handle)).not.toContain(CANDY)
      expect(await feedListsCandy()).toBe(false)
      // The cart made before keeps its line, marked as one that can no longer be ordered; no cart can take it again.
      const { data: blocked } = await api.get<{ blocked_lines: { variant_id: string; reason: string }[] }>(
        `/store/carts/${earlier.cart.id}/certification`,
        storeHeaders
      )
      expect(blocked.blocked_lines).toEqual([expect.objectContaining({ variant_id: candy.variant_id, reason: "certificate" })])
      const { data: cart } = await api.post<HttpTypes.StoreCartResponse>(
        "/store/carts",
        { region_id: await demoRegionId(getContainer()) },
        storeHeaders
      )
      const added = await answerTo(
        api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: candy.variant_id, quantity: 1 }, storeHeaders)
      )
      expect(added.status).toBe(400)
    })

    it("suspends on a food-safety failure, and a passing re-inspection proposes lifting the suspension", async () => {
      const fishSauce = await product(DEMO_BATCH.product)
      const failing = await record(inspectionOf(fishSauce, daysAgo(20), ["food_safety_records"]))
      const [suspension] = failing.data.inspection.proposals
      expect(suspension).toMatchObject({ action: "suspension", grounds: ["food_safety"] })
      await api.post(`/admin/inspection-proposals/${suspension.id}/confirm`, { reason: "Chờ kiểm tra lại" }, admin)
      expect(await certificateStatus(fishSauce.certificate.id)).toBe("suspended")

      const passing = await record(inspectionOf(fishSauce, daysAgo(1)))
      expect(passing.data.inspection.violations).toEqual([])
      const [lift] = passing.data.inspection.proposals
      expect(lift).toMatchObject({ action: "reinstatement", grounds: [] })
      await api.post(`/admin/inspection-proposals/${lift.id}/confirm`, {}, admin)
      expect(await certificateStatus(fishSauce.certificate.id)).toBe("valid")
      const violations = await inspections().listViolations({ producer_id: fishSauce.producer_id })
      expect(violations.map((v) => v.status)).toEqual(["resolved"])
    })

    it("stores evidence only when its bytes are a photo or a PDF, privately: the office and the inspected producer read it, nobody else", async () => {
      const before = storedFiles()
      const notEvidence = await uploadEvidence(Buffer.from("<svg onload=alert(1)></svg>"), "anh-bao-bi.png")
      expect(notEvidence.status).toBe(400)
      expect(notEvidence.data).toMatchObject({
        code: "upload_not_document",
        message: expect.stringMatching(/không phải tệp PDF hay ảnh JPEG, PNG, WebP/),
      })
      const none = await answerTo(api.post("/admin/inspection-evidence", new FormData(), admin))
      expect(none.data.code).toBe("upload_no_file")
      expect(storedFiles()).toBe(before)

      const photo = await uploadEvidence(await png(), "../../bao-bi.html")
      expect(photo.status).toBe(201)
      expect(photo.data.file.name).toMatch(/^private-\d+-[0-9a-f]{32}\.png$/)
      const pdf = (await uploadEvidence(PDF, "bien-ban.pdf")).data.file.name
      expect(pdf).toMatch(/\.pdf$/)

      const candy = await product(CANDY)
      await record(inspectionOf(candy, daysAgo(5), ["packaging_matches_design"], [photo.data.file.name, pdf]))

      // Never on the public /uploads route, whatever the name.
      expect((await answerTo(api.get(`/uploads/${photo.data.file.name}`))).status).toBe(404)
      const asOffice = await api.get(`/admin/inspection-evidence/${photo.data.file.name}`, admin)
      expect(asOffice.headers).toMatchObject({
        "content-type": "image/png",
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      })
      const pdfAsOffice = await api.get(`/admin/inspection-evidence/${pdf}`, admin)
      expect(pdfAsOffice.headers["content-disposition"]).toMatch(/^attachment/)

      const candyMember = await demoLogin(api, "producer", CANDY_PRODUCER)
      expect((await api.get(`/producer/inspection-evidence/${pdf}`, candyMember)).status).toBe(200)
      const otherProducer = await demoLogin(api, "producer", FISH_SAUCE_PRODUCER)
      const foreign = await answerTo(api.get(`/producer/inspection-evidence/${pdf}`, otherProducer))
      expect(foreign.status).toBe(404)
      expect((await answerTo(api.get(`/producer/inspection-evidence/${pdf}`))).status).toBe(401)
      expect((await answerTo(api.get(`/admin/inspection-evidence/${pdf}`))).status).toBe(401)
      // A file the producer uploaded but named in no answer is not served, even to it.
      const unlisted = (await uploadEvidence(PDF, "chua-gui.pdf", "producer", otherProducer)).data.file.name
      expect((await answerTo(api.get(`/producer/inspection-evidence/${unlisted}`, otherProducer))).status).toBe(404)
    })

    it("lets a producer answer its own open violation with evidence; the office reads the answer and marks it corrected, which closes it", async () => {
      const candy = await product(CANDY)
      const { data } = await record(inspectionOf(candy, daysAgo(10), ["tccs_followed"]))
      const [violation] = data.inspection.violations
      expect(violation.answers).toEqual([])
      const candyMember = await demoLogin(api, "producer", CANDY_PRODUCER)
      const otherProducer = await demoLogin(api, "producer", FISH_SAUCE_PRODUCER)
      const answers = async () => inspections().listViolationAnswers()

      const refused = await uploadEvidence(Buffer.from("MZ\x90\x00 not a picture"), "tccs.pdf", "producer", candyMember)
      expect(refused.data.code).toBe("upload_not_document")
      const evidence = (await uploadEvidence(PDF, "tccs-cong-bo.pdf", "producer", candyMember)).data.file.name

      const answer = (body: Record<string, unknown>, headers: Headers = candyMember, id = violation.id) =>
        answerTo<{ violation: Violation } & Refusal>(api.post(`/producer/violations/${id}/answers`, body, headers))
      const empty = await answer({ text: "  ", evidence: [evidence] })
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/Nhập nội dung trả lời/)
      const unknownFile = await answer({ text: "Đã công bố TCCS", evidence: ["../../medusa-config.ts"] })
      expect(unknownFile.data.code).toBe("evidence_unknown")
      const foreign = await answer({ text: "Đã công bố TCCS", evidence: [] }, otherProducer)
      expect(foreign.status).toBe(404)
      expect(await answers()).toEqual([])

      const answered = await answer({ text: "Đã công bố TCCS 01:2026 và niêm yết tại xưởng.", evidence: [evidence] })
      expect(answered.status).toBe(201)
      expect(answered.data.violation).toMatchObject({
        status: "open",
        answers: [expect.objectContaining({ text: "Đã công bố TCCS 01:2026 và niêm yết tại xưởng.", evidence: [evidence] })],
      })
      expect((await api.get(`/producer/inspection-evidence/${evidence}`, candyMember)).status).toBe(200)
      expect((await answerTo(api.get(`/producer/inspection-evidence/${evidence}`, otherProducer))).status).toBe(404)

      const open = await api.get<{ violations: Violation[] }>("/admin/violations?status=open", admin)
      expect(open.data.violations[0].answers.map((a) => a.evidence)).toEqual([[evidence]])
      const resolved = await api.post<{ violation: Violation }>(
        `/admin/violations/${violation.id}/resolve`,
        { note: "Đã xem bản TCCS công bố" },
        admin
      )
      expect(resolved.data.violation).toMatchObject({ status: "resolved", resolution_note: "Đã xem bản TCCS công bố" })

      const late = await answer({ text: "Bổ sung thêm ảnh", evidence: [] })
      expect(late.status).toBe(400)
      expect(late.data.code).toBe("violation_closed")
      const twice = await answerTo(api.post(`/admin/violations/${violation.id}/resolve`, {}, admin))
      expect(twice.data.code).toBe("violation_closed")
      expect(await answers()).toHaveLength(1)
      const own = await api.get<Inspections>("/producer/inspections", candyMember)
      expect(own.data.inspections[0].violations[0]).toMatchObject({ status: "resolved", answers: [expect.anything()] })
    })
  },
})
