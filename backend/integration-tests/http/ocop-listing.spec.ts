import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CertificateSummary, OfficeCertificate } from "@ocop/contracts"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { adminHeaders, answerTo, type Refusal, type Suite, seedDemoStore } from "./demo-store"
import { expireCertificatesWorkflow } from "../../src/workflows/certification/expire-certificates"
import { syncListingWorkflow } from "../../src/workflows/certification/sync-listing"

jest.setTimeout(180_000)

/** What the shop's and the office's certificate routes answer. */
type ShopCertificates = { certificates: CertificateSummary[] }
type OneCertificate = { certificate: OfficeCertificate }

integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      storeHeaders = await seedDemoStore(getContainer())
    })

    const listedHandles = async () =>
      (
        await api.get<HttpTypes.StoreProductListResponse>("/store/products?limit=100&fields=handle", storeHeaders)
      ).data.products.map((p) => p.handle)

    async function certificateOf(handle: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "certificates.*", "variants.id", "variants.certified_skus.packaging"],
        filters: { handle },
      })
      // Query's types allow a missing list or entry; a product read by its handle has both.
      const [product] = data
      return { id: product.id, certificates: product.certificates!.map((c) => c!), variants: product.variants!.map((v) => v!) }
    }

    it("lists exactly the products whose certificate is valid, through the listing sync", async () => {
      const handles = await listedHandles()
      expect(handles).toHaveLength(24)
      expect(handles).not.toContain("cam-nhat-quang-thuong-loc") // revoked
      expect(handles).not.toContain("nhung-huou-chien-son") // expired 2022
    })

    it("records every covered packaging of a certificate, with its issuer and 36-month validity", async () => {
      const product = await certificateOf("keo-cu-do-ha-tinh-nguyen-hang")
      const [certificate] = product.certificates
      expect(certificate).toEqual(
        expect.objectContaining({ stars: 3, product_set: 7, status: "valid", issuer: "UBND huyện Hương Khê" })
      )
      const months =
        (new Date(certificate.expires_at).getUTCFullYear() - new Date(certificate.issued_at).getUTCFullYear()) * 12 +
        new Date(certificate.expires_at).getUTCMonth() -
        new Date(certificate.issued_at).getUTCMonth()
      expect(months).toBe(36)
      for (const variant of product.variants) expect(variant.certified_skus![0]!.packaging).toEqual(expect.any(String))
    })

    it("takes a product off the store API as soon as its certificate is revoked and the listing synced", async () => {
      const product = await certificateOf("mat-mia-phu-gia-cuong-thuy")
      const ocop = getContainer().resolve<OcopModuleService>(OCOP_MODULE)
      await ocop.updateCertificates({
        id: product.certificates[0].id,
        status: "revoked",
        revocation_reason: "Sai khác bao bì so với mẫu đã đăng ký",
        revoked_at: new Date(),
      })
      const { result } = await syncListingWorkflow(getContainer()).run({ input: { product_ids: [product.id] } })

      expect(result.remove).toEqual([product.id])
      expect(await listedHandles()).not.toContain("mat-mia-phu-gia-cuong-thuy")
      const { data } = await api.get<HttpTypes.StoreProductListResponse>(
        "/store/products?handle=mat-mia-phu-gia-cuong-thuy",
        storeHeaders
      )
      expect(data.products).toHaveLength(0)
    })

    it("refuses a certificate of 2 stars or ending before it starts at the database, whatever the caller", async () => {
      const ocop = getContainer().resolve<OcopModuleService>(OCOP_MODULE)
      const base = {
        decision_number: "1/QĐ-TEST",
        decision_date: new Date("2025-01-01"),
        issuer: "UBND tỉnh Hà Tĩnh",
        product_name: "Thử",
        owner_name: "Thử",
        stars: 3,
        product_set: 7,
        program_year: 2025,
        legal_basis: "148/2023",
        issued_at: new Date("2025-01-01"),
        expires_at: new Date("2028-01-01"),
      }
      await expect(ocop.createCertificates({ ...base, stars: 2 })).rejects.toThrow()
      await expect(ocop.createCertificates({ ...base, expires_at: new Date("2024-01-01") })).rejects.toThrow()
      expect(await ocop.listCertificates({ decision_number: "1/QĐ-TEST" })).toHaveLength(0)
    })

    it("expires lapsed certificates in the hourly job and delists their products, sparing one in renewal grace", async () => {
      const ocop = getContainer().resolve<OcopModuleService>(OCOP_MODULE)
      const yesterday = new Date(Date.now() - 86_400_000)
      const lapsed = await certificateOf("xuc-xich-luong-ha")
      const inGrace = await certificateOf("banh-da-vung-ha-tam")
      await ocop.updateCertificates([
        { id: lapsed.certificates[0].id, expires_at: yesterday, renewal_filed_at: null },
        {
          id: inGrace.certificates[0].id,
          expires_at: yesterday,
          renewal_filed_at: new Date(yesterday.getTime() - 150 * 86_400_000),
        },
      ])

      const { result } = await expireCertificatesWorkflow(getContainer()).run({ input: {} })

      expect(result.expired).toEqual([lapsed.certificates[0].id])
      expect(result.product_ids).toEqual([lapsed.id])
      const [stored] = await ocop.listCertificates({ id: lapsed.certificates[0].id })
      expect(stored.status).toBe("expired")
      const handles = await listedHandles()
      expect(handles).not.toContain("xuc-xich-luong-ha")
      expect(handles).toContain("banh-da-vung-ha-tam")
    })

    it("shows shoppers only valid certificates, with the packagings each covers", async () => {
      const listed = await certificateOf("keo-cu-do-ha-tinh-nguyen-hang")
      const { data } = await api.get<ShopCertificates>(`/store/ocop/certificates?product_id=${listed.id}`, storeHeaders)
      expect(data.certificates).toHaveLength(1)
      expect(data.certificates[0]).toEqual(
        expect.objectContaining({
          issuer: "UBND huyện Hương Khê",
          stars: 3,
          product_set_name: "Chế biến từ rau, quả, hạt",
          valid_until: expect.any(String),
        })
      )
      expect(data.certificates[0].skus.map((sku) => sku.variant_id).sort()).toEqual(listed.variants.map((v) => v.id).sort())

      const revoked = await certificateOf("cam-nhat-quang-thuong-loc")
      expect(
        (await api.get<ShopCertificates>(`/store/ocop/certificates?product_id=${revoked.id}`, storeHeaders)).data.certificates
      ).toEqual([])
      const missing = await answerTo(api.get("/store/ocop/certificates", storeHeaders))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/product_id/)
    })

    describe("the coordination office's certificate routes", () => {
      const admin = () => adminHeaders(api)
      const countCertificates = async () =>
        (
          await getContainer()
            .resolve<OcopModuleService>(OCOP_MODULE)
            .listCertificates({}, { select: ["id"] })
        ).length

      async function issueBody(handle: string) {
        const product = await certificateOf(handle)
        return {
          product_id: product.id,
          decision_number: "777/QĐ-UBND",
          decision_date: "2026-10-01",
          issuer: "UBND tỉnh Hà Tĩnh",
          stars: 4,
          product_set: 18,
          program_year: 2026,
          legal_basis: "26/2026",
          issued_at: "2026-10-01",
          owner_name: "Công ty CP Nông nghiệp Hương Sơn",
          skus: product.variants.map((v) => ({ variant_id: v.id, packaging: "Hộp 10 g" })),
        }
      }

      it("re-recognises an expired product: it is listed again, valid for 36 months", async () => {
        expect(await listedHandles()).not.toContain("nhung-huou-chien-son")
        const { status, data } = await api.post<OneCertificate>(
          "/admin/ocop/certificates",
          await issueBody("nhung-huou-chien-son"),
          await admin()
        )
        expect(status).toBe(201)
        expect(new Date(data.certificate.expires_at).toISOString().slice(0, 10)).toBe("2029-10-01")
        expect(await listedHandles()).toContain("nhung-huou-chien-son")
      })

      it("stores a decision recorded after its certificate ran out as expired, and does not list the product", async () => {
        const body = {
          ...(await issueBody("nhung-huou-chien-son")),
          decision_date: "2020-03-01",
          issued_at: "2020-03-01",
          program_year: 2020,
        }
        const { status, data } = await api.post<OneCertificate>("/admin/ocop/certificates", body, await admin())
        expect(status).toBe(201)
        expect(data.certificate.status).toBe("expired")
        expect(await listedHandles()).not.toContain("nhung-huou-chien-son")
      })

      it.each([
        ["a 2-star product", { stars: 2 }, /3 đến 5 sao/],
        ["a product set outside 1–26", { product_set: 27 }, /1 đến 26/],
        ["an expiry before the issue date", { expires_at: "2025-01-01" }, /sau ngày cấp/],
        ["no covered SKU", { skus: [] }, /ít nhất một quy cách/],
        [
          "an issue date that does not exist (not rolled over to 2 March)",
          { issued_at: "2026-02-30" },
          /không có thật: ngày 30 tháng 2/,
        ],
        ["a year zero", { decision_date: "0000-01-01" }, /2000–2100/],
        ["a date past year 9999", { expires_at: "+275760-09-13" }, /YYYY-MM-DD/],
      ])("refuses %s with a 400 and writes nothing", async (_case, change, message) => {
        const before = await countCertificates()
        const body = { ...(await issueBody("nhung-huou-chien-son")), ...change }
        const error = await answerTo(api.post("/admin/ocop/certificates", body, await admin()))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(message)
        expect(await countCertificates()).toBe(before)
      })

      it("refuses a duplicate decision of the same issuer, and a SKU of another product, writing nothing", async () => {
        const headers = await admin()
        const before = await countCertificates()
        const existing = (await certificateOf("keo-cu-do-ha-tinh-nguyen-hang")).certificates[0]
        const duplicate = await answerTo(
          api.post(
            "/admin/ocop/certificates",
            { ...(await issueBody("nhung-huou-chien-son")), decision_number: existing.decision_number, issuer: existing.issuer },
            headers
          )
        )
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toMatch(/đã được ghi nhận/)

        const other = await certificateOf("keo-cu-do-ha-tinh-nguyen-hang")
        const body = await issueBody("nhung-huou-chien-son")
        body.skus.push({ variant_id: other.variants[0].id, packaging: "Gói 200 g" })
        const foreign = await answerTo(api.post("/admin/ocop/certificates", body, headers))
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/không thuộc sản phẩm/)
        expect(await countCertificates()).toBe(before)
      })

      it("revokes with a reason: the product leaves the store API at once; without a reason: 400", async () => {
        const headers = await admin()
        const product = await certificateOf("nuoc-mam-ky-phu")
        const certificateId = product.certificates[0].id

        const missing = await answerTo(api.post(`/admin/ocop/certificates/${certificateId}/revoke`, {}, headers))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/lý do thu hồi/)
        expect(await listedHandles()).toContain("nuoc-mam-ky-phu")

        const { status } = await api.post(
          `/admin/ocop/certificates/${certificateId}/revoke`,
          { reason: "Vi phạm quy định ghi nhãn hàng hoá" },
          headers
        )
        expect(status).toBe(200)
        expect(await listedHandles()).not.toContain("nuoc-mam-ky-phu")
        const [stored] = await getContainer().resolve<OcopModuleService>(OCOP_MODULE).listCertificates({ id: certificateId })
        expect(stored).toEqual(
          expect.objectContaining({ status: "revoked", revocation_reason: "Vi phạm quy định ghi nhãn hàng hoá" })
        )
      })

      it("suspends pending an inspection (delisted), then reinstates (listed again); each needs the right state", async () => {
        const headers = await admin()
        const id = (await certificateOf("keo-cu-do-ha-tinh-nguyen-hang")).certificates[0].id
        const post = (path: string, body = {}) =>
          answerTo<Partial<Refusal & OneCertificate>>(api.post(`/admin/ocop/certificates/${id}/${path}`, body, headers))

        expect((await post("suspend")).data.message).toMatch(/lý do tạm đình chỉ/)
        const early = await post("reinstate")
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/Không thể khôi phục .* còn hiệu lực/)

        const suspended = await post("suspend", { reason: "Chờ kết quả kiểm tra an toàn thực phẩm" })
        expect(suspended.data.certificate).toEqual(
          expect.objectContaining({
            status: "suspended",
            valid_now: false,
            suspension_reason: "Chờ kết quả kiểm tra an toàn thực phẩm",
          })
        )
        expect(await listedHandles()).not.toContain("keo-cu-do-ha-tinh-nguyen-hang")

        const reinstated = await post("reinstate")
        expect(reinstated.data.certificate).toEqual(
          expect.objectContaining({ status: "valid", valid_now: true, suspension_reason: null })
        )
        expect(await listedHandles()).toContain("keo-cu-do-ha-tinh-nguyen-hang")
      })

      const renewal = {
        decision_number: "901/QĐ-UBND",
        decision_date: "2026-11-20",
        issuer: "UBND tỉnh Hà Tĩnh",
        stars: 4,
        program_year: 2026,
        legal_basis: "26/2026",
        issued_at: "2026-11-20",
      }

      it("renews by a new decision: same covered SKUs, the old certificate kept on record as replaced", async () => {
        const product = await certificateOf("mat-mia-phu-gia-cuong-thuy")
        const previous = product.certificates[0]
        const { status, data } = await api.post<OneCertificate>(
          `/admin/ocop/certificates/${previous.id}/renew`,
          renewal,
          await admin()
        )

        expect(status).toBe(201)
        expect(data.certificate).toEqual(
          expect.objectContaining({ renews_id: previous.id, stars: 4, status: "valid", product_set: previous.product_set })
        )
        expect(data.certificate.expires_at.slice(0, 10)).toBe("2029-11-20")
        expect(data.certificate.skus.map((sku) => sku.product_variant!.id).sort()).toEqual(
          product.variants.map((v) => v.id).sort()
        )
        const [old] = await getContainer().resolve<OcopModuleService>(OCOP_MODULE).listCertificates({ id: previous.id })
        expect(old.status).toBe("expired")
        expect(await listedHandles()).toContain("mat-mia-phu-gia-cuong-thuy")
      })

      it("refuses to renew a revoked certificate, and undoes the replacement when the new decision is a duplicate", async () => {
        const headers = await admin()
        const ocop = getContainer().resolve<OcopModuleService>(OCOP_MODULE)
        const [revoked] = await ocop.listCertificates({ status: "revoked" })
        const refused = await answerTo(api.post(`/admin/ocop/certificates/${revoked.id}/renew`, renewal, headers))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/đã bị thu hồi/)

        const current = (await certificateOf("keo-cu-do-ha-tinh-nguyen-hang")).certificates[0]
        const other = (await certificateOf("mat-mia-phu-gia-cuong-thuy")).certificates[0]
        const before = await countCertificates()
        const duplicate = await answerTo(
          api.post(
            `/admin/ocop/certificates/${current.id}/renew`,
            { ...renewal, decision_number: other.decision_number, issuer: other.issuer },
            headers
          )
        )
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toMatch(/đã được ghi nhận/)
        expect(await countCertificates()).toBe(before)
        const [unchanged] = await ocop.listCertificates({ id: current.id })
        expect(unchanged.status).toBe("valid")
        expect(await listedHandles()).toContain("keo-cu-do-ha-tinh-nguyen-hang")
      })

      it("changes which packagings a certificate covers, and refuses a foreign one keeping the coverage", async () => {
        const headers = await admin()
        const product = await certificateOf("keo-cu-do-ha-tinh-nguyen-hang")
        const id = product.certificates[0].id
        const [first] = product.variants
        const { data } = await api.post<OneCertificate>(
          `/admin/ocop/certificates/${id}/coverage`,
          { skus: [{ variant_id: first.id, packaging: "Gói 200 g" }] },
          headers
        )
        expect(data.certificate.skus.map((sku) => sku.product_variant!.id)).toEqual([first.id])
        const { data: store } = await api.get<ShopCertificates>(`/store/ocop/certificates?product_id=${product.id}`, storeHeaders)
        expect(store.certificates[0].skus.map((sku) => sku.variant_id)).toEqual([first.id])
        expect(await listedHandles()).toContain("keo-cu-do-ha-tinh-nguyen-hang")

        const other = await certificateOf("mat-mia-phu-gia-cuong-thuy")
        const foreign = await answerTo(
          api.post(
            `/admin/ocop/certificates/${id}/coverage`,
            { skus: [{ variant_id: other.variants[0].id, packaging: "Chai 1 lít" }] },
            headers
          )
        )
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/không thuộc sản phẩm/)
        const { data: after } = await api.get<OneCertificate>(`/admin/ocop/certificates/${id}`, headers)
        expect(after.certificate.skus.map((sku) => sku.product_variant!.id)).toEqual([first.id])
      })

      it("lists certificates with the office's filters and refuses unknown ones with a 400", async () => {
        const headers = await admin()
        const list = async (params: string) =>
          (
            await api.get<{ certificates: OfficeCertificate[]; count: number; limit: number; offset: number }>(
              `/admin/ocop/certificates?${params}`,
              headers
            )
          ).data
        const ocop = getContainer().resolve<OcopModuleService>(OCOP_MODULE)
        const all = await ocop.listCertificates(
          {},
          {
            select: [
              "id",
              "status",
              "stars",
              "product_set",
              "owner_province",
              "owner_commune",
              "owner_district_as_issued",
              "expires_at",
            ],
          }
        )

        const everything = await list("limit=100")
        expect(everything.count).toBe(all.length)
        expect(everything.certificates[0]).toEqual(
          expect.objectContaining({
            product: expect.objectContaining({ handle: expect.any(String) }),
            valid_until: expect.any(String),
          })
        )
        expect((await list("status=revoked")).count).toBe(all.filter((c) => c.status === "revoked").length)
        expect((await list("stars=4,5&status=valid")).count).toBe(all.filter((c) => c.stars >= 4 && c.status === "valid").length)
        expect((await list("product_set=7")).count).toBe(all.filter((c) => c.product_set === 7).length)
        const place = await list("place=Hương Khê")
        expect(place.count).toBe(
          all.filter((c) => c.owner_district_as_issued === "Hương Khê" || c.owner_commune?.includes("Hương Khê")).length
        )
        expect(place.count).toBeGreaterThan(0)

        const now = Date.now()
        for (const days of [30, 120, 180]) {
          const expected = all.filter(
            (c) =>
              c.status === "valid" &&
              new Date(c.expires_at).getTime() > now &&
              new Date(c.expires_at).getTime() <= now + days * 86_400_000
          ).length
          expect((await list(`expiring_within=${days}`)).count).toBe(expected)
        }
        const page = await list("limit=5&offset=5&order=-expires_at")
        expect(page.certificates).toHaveLength(5)

        const bad = await answerTo(api.get("/admin/ocop/certificates?expiring_within=45&stars=2", headers))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/30, 120 hoặc 180 ngày/)
        expect(bad.data.message).toMatch(/3, 4 hoặc 5/)
      })
    })
  },
})
