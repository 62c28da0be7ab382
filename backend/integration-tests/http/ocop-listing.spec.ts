import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import seedDemoData, { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed"
import { expireCertificatesWorkflow } from "../../src/workflows/certification/expire-certificates"
import { syncListingWorkflow } from "../../src/workflows/certification/sync-listing"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      const container = getContainer()
      await seedDemoData({ container, args: [] })
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
      storeHeaders = { headers: { "x-publishable-api-key": key.token } }
    })

    const listedHandles = async () =>
      ((await api.get("/store/products?limit=100&fields=handle", storeHeaders)).data.products as any[]).map((p) => p.handle)

    async function certificateOf(handle: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "certificates.*", "variants.certified_skus.packaging"],
        filters: { handle },
      })
      return data[0] as any
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
      for (const variant of product.variants) expect(variant.certified_skus[0].packaging).toEqual(expect.any(String))
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
      const error = await api
        .get("/store/products?handle=mat-mia-phu-gia-cuong-thuy", storeHeaders)
        .then((r: any) => r.data.products)
      expect(error).toHaveLength(0)
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
  },
})
