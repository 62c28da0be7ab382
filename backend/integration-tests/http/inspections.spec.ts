import { integrationTestRunner } from "./test-runner"
import type { HttpTypes, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sharp from "sharp"
import {
  type CatalogPage,
  DAY_MS,
  INSPECTION_CHECKS,
  type InspectionCheck,
  type InspectionRecord,
  vietnamDay,
} from "@ocop/contracts"
import { INSPECTION_MODULE } from "../../src/modules/inspection"
import type InspectionModuleService from "../../src/modules/inspection/service"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { DEMO_BATCH } from "../../src/scripts/seed"
import { adminHeaders, answerTo, demoLogin, demoRegionId, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

const CANDY = "keo-cu-do-ha-tinh-nguyen-hang"
const CANDY_PRODUCER = "nguyen-thi-hang@ocop.local"
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"

type Recorded = { inspection: InspectionRecord }
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

    async function evidencePhoto() {
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c0392b" } })
        .png()
        .toBuffer()
      const form = new FormData()
      form.append("files", new Blob([png], { type: "image/png" }), "bao-bi-khac-mau.png")
      const { data } = await api.post<{ files: { url: string }[] }>("/admin/uploads", form, admin)
      return new URL(data.files[0].url).pathname.split("/").pop()!
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

    it("proposes revocation for a second violation within 12 months; confirming revokes the certificate, so the product leaves the catalog and carts", async () => {
      const candy = await product(CANDY)
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

      const catalog = (await api.get<CatalogPage>("/store/catalog?limit=100", storeHeaders)).data
      expect(catalog.cards.map((card) => card.handle)).not.toContain(CANDY)
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
  },
})
