import { integrationTestRunner } from "./test-runner"
import type { HttpTypes, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  BatchTrace,
  OrderShipment,
  ProducerOrder,
  ProducerOrderDetail,
  ProducerStamp,
  ProductionBatch,
  ShelfLine,
  StampAtCounter,
  StampTrace,
} from "@ocop/contracts"
import stampCheckCharacters from "../../src/migration-scripts/stamp-check-characters"
import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { formatStampCode, withCheckCharacter } from "../../src/modules/traceability/stamp-code"
import { DEMO_BATCH, DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { refreshProductCardsWorkflow } from "../../src/workflows/catalog/refresh-product-cards"
import {
  adminHeaders,
  answerTo,
  demoLogin,
  type HttpError,
  placedOrder,
  readyCart,
  refused,
  type Suite,
  seedDemoStore,
  demoRegionId,
} from "./demo-store"

jest.setTimeout(240_000)

const [CHO_HA_TINH] = DEMO_SHOWROOMS
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
const CANDY_PRODUCER = "nguyen-thi-hang@ocop.local"
const FISH_SAUCE = "nuoc-mam-ky-phu"
const CANDY = "keo-cu-do-ha-tinh-nguyen-hang"

/** What the portal's and the counter's routes answer. */
type Batch = { batch: ProductionBatch }
type Batches = { batches: ProductionBatch[]; count: number }
type Stamps = { stamps: ProducerStamp[] }
type Trace = { trace: StampTrace }
type Shelf = { stock: ShelfLine[]; stamp?: StampAtCounter }

/** The JSON body of a refused request (`{ type, code, message }`), after checking its status. */
async function refusalBody(request: Promise<unknown>, status: number) {
  const error = await request.then(
    () => null,
    (e: HttpError) => e
  )
  expect(error?.response?.status).toBe(status)
  return error!.response!.data
}

/** The same code with one character typed wrong. */
const withTypo = (code: string) => code.replace(/^./, (first) => (first === "A" ? "B" : "A"))

/** Production batches and OCOP stamps: issued by the producer, traced by shoppers, scanned at the counter. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      storeHeaders = await seedDemoStore(getContainer())
    })

    const login = (actor: "producer" | "showroom_staff", email: string) => demoLogin(api, actor, email)

    /** The fish sauce packaging on the Chợ Hà Tĩnh shelf (the demo batch is of it too). */
    async function fishSauceOnShelf() {
      const { data } = await api.get<Shelf>(
        "/showroom/stock?q=nuoc mam ky phu",
        await login("showroom_staff", CHO_HA_TINH.staff.email)
      )
      return data.stock.find((line) => line.stock > 0)!.variant_id
    }

    const newBatch = (variant_id: string, overrides: Record<string, unknown> = {}) => ({
      variant_id,
      lot_number: "NM-2026-11",
      produced_on: "2026-11-20",
      expires_on: "2028-11-20",
      quantity: 5,
      ...overrides,
    })

    it("issues a batch of printed stamps for the producer's own certified packaging, and refuses bad batches", async () => {
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const variantId = await fishSauceOnShelf()
      const { data } = await api.post<Batch>("/producer/batches", newBatch(variantId), producer)
      expect(data.batch).toMatchObject({
        lot_number: "NM-2026-11",
        variant_id: variantId,
        produced_on: "2026-11-20",
        expires_on: "2028-11-20",
        quantity: 5,
        stamps: { printed: 5, activated: 0, voided: 0 },
      })
      expect(data.batch.product_title).toMatch(/Nước mắm Kỳ Phú/)

      const { data: list } = await api.get<Batches>("/producer/batches", producer)
      expect(list.batches.map((b) => b.lot_number)).toEqual(["NM-2026-11", DEMO_BATCH.lot_number])
      const { data: stamps } = await api.get<Stamps>(`/producer/batches/${data.batch.id}/stamps`, producer)
      expect(stamps.stamps).toHaveLength(5)
      for (const stamp of stamps.stamps)
        expect(stamp).toMatchObject({
          code: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/),
          status: "printed",
        })
      const csv = await api.get<string>(`/producer/batches/${data.batch.id}/stamps?format=csv`, producer)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const lines = csv.data.trim().split("\n")
      expect(lines[0]).toBe("code,trace_url,status")
      expect(lines).toHaveLength(6)
      expect(lines[1]).toMatch(/^[0-9A-Z-]{16},https?:\/\/.+\/trace\/[0-9A-Z-]{16},printed$/)

      expect(await refused(api.post("/producer/batches", newBatch(variantId), producer), 400)).toMatch(/đã được ghi nhận/)
      expect(
        await refused(
          api.post("/producer/batches", newBatch(variantId, { lot_number: "X", expires_on: "2026-01-01" }), producer),
          400
        )
      ).toMatch(/Hạn sử dụng không được trước ngày sản xuất/)
      expect(
        await refused(
          api.post(
            "/producer/batches",
            newBatch(variantId, { lot_number: "Y", produced_on: "2099-01-01", expires_on: null }),
            producer
          ),
          400
        )
      ).toMatch(/sau hôm nay/)
      expect(
        await refused(api.post("/producer/batches", newBatch(variantId, { lot_number: "Z", quantity: 0 }), producer), 400)
      ).toMatch(/ít nhất 1/)
      expect(
        await refused(
          api.post("/producer/batches", newBatch(variantId, { lot_number: "Z", produced_on: "20-11-2026" }), producer),
          400
        )
      ).toMatch(/Ngày sản xuất không hợp lệ/)
    })

    it("shows shoppers a stamp's product, batch, producer and certificate, and counts a shopper's scans once a day", async () => {
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const { data } = await api.post<Batch>("/producer/batches", newBatch(await fishSauceOnShelf()), producer)
      const { data: stamps } = await api.get<Stamps>(`/producer/batches/${data.batch.id}/stamps`, producer)
      const code = stamps.stamps[0].code

      const { data: printed } = await api.get<Trace>(`/store/trace/${code}`, storeHeaders)
      expect(printed.trace.stamp).toMatchObject({ code, status: "printed", activated_at: null })

      const { data: activated } = await api.post<Batch>(`/producer/batches/${data.batch.id}/activate`, {}, producer)
      expect(activated.batch.stamps).toEqual({ printed: 0, activated: 5, voided: 0 })
      expect(await refused(api.post(`/producer/batches/${data.batch.id}/activate`, {}, producer), 400)).toMatch(
        /không còn tem nào/
      )

      // Typed from the label in lower case without dashes: the same stamp, read again by the same shopper
      // the same day, so not a second scan (rate-limits.spec.ts: another shopper's read counts).
      const { data: traced } = await api.get<Trace>(`/store/trace/${code.replace(/-/g, "").toLowerCase()}`, storeHeaders)
      expect(traced.trace).toMatchObject({
        stamp: { code, status: "activated" },
        scans: 1,
        batch: { lot_number: "NM-2026-11", produced_on: "2026-11-20", expires_on: "2028-11-20" },
        product: { handle: "nuoc-mam-ky-phu" },
        producer: { handle: expect.any(String), province: "Hà Tĩnh" },
        certificate: { valid: true, stars: expect.any(Number) },
      })
    })

    it("reads a stamp's packaging from the row its listing writes, which a revocation changes at once; a packaging without one is read from its product once", async () => {
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const { data } = await api.post<Batch>("/producer/batches", newBatch(await fishSauceOnShelf()), producer)
      const { data: stamps } = await api.get<Stamps>(`/producer/batches/${data.batch.id}/stamps`, producer)
      const code = stamps.stamps[0].code
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows = async () =>
        (await knex.raw("SELECT count(*)::int AS n FROM trace_packaging WHERE variant_id = ?", [data.batch.variant_id])).rows[0].n

      // Written for every packaging by the listing at seed; one missing (data older than the rows) is read and kept.
      expect(await rows()).toBe(1)
      await knex.raw("DELETE FROM trace_packaging WHERE variant_id = ?", [data.batch.variant_id])
      const { data: readNow } = await api.get<Trace>(`/store/trace/${code}`, storeHeaders)
      expect(readNow.trace).toMatchObject({ product: { handle: FISH_SAUCE }, certificate: { valid: true, status: "valid" } })
      expect(await rows()).toBe(1)
      // A row written before its product was linked to its producer (a bulk import's links) is read again too.
      await knex.raw("UPDATE trace_packaging SET trace = jsonb_set(trace, '{producer}', 'null') WHERE variant_id = ?", [
        data.batch.variant_id,
      ])
      const { data: relinked } = await api.get<Trace>(`/store/trace/${code}`, storeHeaders)
      expect(relinked.trace.producer).toMatchObject({ province: "Hà Tĩnh" })
      // A refresh that changes nothing the trace shows (stock after an order, a price) leaves the row as it was.
      const written = async () =>
        (await knex.raw("SELECT updated_at FROM trace_packaging WHERE variant_id = ?", [data.batch.variant_id])).rows[0]
          .updated_at
      const before = await written()
      const { rows: owner } = await knex.raw("SELECT product_id FROM trace_packaging WHERE variant_id = ?", [
        data.batch.variant_id,
      ])
      await refreshProductCardsWorkflow(getContainer()).run({ input: { product_ids: [owner[0].product_id] } })
      expect(await written()).toEqual(before)

      const { data: product } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["certificates.id"], filters: { handle: FISH_SAUCE } })
      await api.post(
        `/admin/ocop/certificates/${product[0].certificates![0]!.id}/revoke`,
        { reason: "Vi phạm quy định ghi nhãn hàng hoá" },
        await adminHeaders(api)
      )
      const { data: revoked } = await api.get<Trace>(`/store/trace/${code}`, storeHeaders)
      expect(revoked.trace).toMatchObject({ product: { handle: FISH_SAUCE }, certificate: { valid: false, status: "revoked" } })
      const { data: shipped } = await api.get<{ trace: BatchTrace }>(`/store/trace/batches/${data.batch.id}`, storeHeaders)
      expect(shipped.trace.certificate).toMatchObject({ valid: false, status: "revoked" })
    })

    it("tells shoppers a mistyped code (its check character does not match) from a code no stamp has", async () => {
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const { data } = await api.post<Batch>(
        "/producer/batches",
        newBatch(await fishSauceOnShelf(), { lot_number: "NM-2026-12" }),
        producer
      )
      const { data: stamps } = await api.get<Stamps>(`/producer/batches/${data.batch.id}/stamps`, producer)
      const code = stamps.stamps[0].code

      const mistyped = await refusalBody(api.get(`/store/trace/${withTypo(code)}`, storeHeaders), 400)
      expect(mistyped).toEqual({
        type: "invalid_data",
        code: "stamp_mistyped",
        message: `Mã tem ${withTypo(code)} có ký tự gõ nhầm: hãy đối chiếu lại từng ký tự với tem.`,
      })
      const invented = formatStampCode(withCheckCharacter("ZZZZZZZZZZZZ")!)
      expect(await refusalBody(api.get(`/store/trace/${invented}`, storeHeaders), 404)).toMatchObject({
        code: "stamp_unknown",
        message: expect.stringMatching(new RegExp(`^Không tìm thấy tem ${invented} `)),
      })
      expect(await refusalBody(api.get("/store/trace/nuoc-mam-ky-phu", storeHeaders), 400)).toMatchObject({
        code: "stamp_malformed",
      })
      // A stray percent sign or a broken encoding in the link is bad input, not a server failure.
      expect(await refusalBody(api.get("/store/trace/%25", storeHeaders), 400)).toMatchObject({ code: "stamp_malformed" })
      const broken = await answerTo(api.get("/store/trace/%c0%ae", storeHeaders))
      expect(broken.status).toBeGreaterThanOrEqual(400)
      expect(broken.status).toBeLessThan(500)
    })

    it("gives stamps issued before check characters theirs, once, and their old labels still read", async () => {
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const { data } = await api.post<Batch>(
        "/producer/batches",
        newBatch(await fishSauceOnShelf(), { lot_number: "NM-2026-13" }),
        producer
      )
      const { data: stamps } = await api.get<Stamps>(`/producer/batches/${data.batch.id}/stamps`, producer)
      const code = stamps.stamps[0].code
      const oldLabel = code.slice(0, 14) // "XXXX-XXXX-XXXX": as stamps were printed before

      // As stored before: the 12 random characters only.
      const traceability = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
      const [stored] = await traceability.listStamps({ code: code.replace(/-/g, "") })
      await traceability.updateStamps({ id: stored.id, code: stored.code.slice(0, 12) })
      await refused(api.get(`/store/trace/${code}`, storeHeaders), 404)

      await stampCheckCharacters({ container: getContainer(), args: [] })
      await stampCheckCharacters({ container: getContainer(), args: [] })
      expect((await traceability.retrieveStamp(stored.id)).code).toBe(stored.code)
      expect((await api.get<Trace>(`/store/trace/${code}`, storeHeaders)).data.trace.stamp.code).toBe(code)
      expect((await api.get<Trace>(`/store/trace/${oldLabel}`, storeHeaders)).data.trace.stamp.code).toBe(code)
    })

    it("the counter finds a packaging by its stamp or the stamp's QR link, and not by a voided stamp", async () => {
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const staff = await login("showroom_staff", CHO_HA_TINH.staff.email)
      const variantId = await fishSauceOnShelf()
      const { data } = await api.post<Batch>("/producer/batches", newBatch(variantId), producer)
      await api.post(`/producer/batches/${data.batch.id}/activate`, {}, producer)
      const [first, second] = (await api.get<Stamps>(`/producer/batches/${data.batch.id}/stamps`, producer)).data.stamps.map(
        (s) => s.code
      )

      const { data: byCode } = await api.get<Shelf>(`/showroom/stock?q=${encodeURIComponent(first)}`, staff)
      expect(byCode.stock.map((line) => line.variant_id)).toEqual([variantId])
      expect(byCode.stamp).toEqual({
        code: first,
        batch_id: data.batch.id,
        status: "activated",
        lot_number: "NM-2026-11",
        expires_on: "2028-11-20",
      })
      const scanned = encodeURIComponent(`http://localhost:8000/trace/${second}`)
      expect((await api.get<Shelf>(`/showroom/stock?q=${scanned}`, staff)).data.stock.map((line) => line.variant_id)).toEqual([
        variantId,
      ])

      expect(await refused(api.post(`/producer/stamps/${first}/void`, {}, producer), 400)).toMatch(/lý do/)
      const { data: voided } = await api.post<{ stamp: ProducerStamp }>(
        `/producer/stamps/${first}/void`,
        { reason: "Tem rách khi dán" },
        producer
      )
      expect(voided.stamp).toMatchObject({ code: first, status: "voided", void_reason: "Tem rách khi dán" })
      expect(await refused(api.post(`/producer/stamps/${first}/void`, { reason: "lần nữa" }, producer), 400)).toMatch(/đã bị huỷ/)
      const { data: afterVoid } = await api.get<Shelf>(`/showroom/stock?q=${encodeURIComponent(first)}`, staff)
      expect(afterVoid).toEqual({ stock: [], stamp: expect.objectContaining({ status: "voided" }) })
      expect((await api.get<Trace>(`/store/trace/${first}`, storeHeaders)).data.trace.stamp.status).toBe("voided")
    })

    it("the counter tells a mistyped stamp code from an unknown one, and still searches names, SKUs and barcodes", async () => {
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const staff = await login("showroom_staff", CHO_HA_TINH.staff.email)
      const { data } = await api.post<Batch>(
        "/producer/batches",
        newBatch(await fishSauceOnShelf(), { lot_number: "NM-2026-14" }),
        producer
      )
      const [code] = (await api.get<Stamps>(`/producer/batches/${data.batch.id}/stamps`, producer)).data.stamps.map((s) => s.code)

      const scannedTypo = encodeURIComponent(`http://localhost:8000/trace/${withTypo(code)}`)
      expect(await refusalBody(api.get(`/showroom/stock?q=${scannedTypo}`, staff), 400)).toMatchObject({ code: "stamp_mistyped" })
      const invented = formatStampCode(withCheckCharacter("ZZZZZZZZZZZZ")!)
      expect(await refusalBody(api.get(`/showroom/stock?q=${invented}`, staff), 404)).toMatchObject({ code: "stamp_unknown" })
      // A barcode (digits only, as long as a stamp code) and a stray percent sign are product searches.
      expect((await api.get<Shelf>("/showroom/stock?q=8930000000017", staff)).data).toEqual({ stock: [] })
      expect((await api.get<Shelf>("/showroom/stock?q=50%25", staff)).data).toEqual({ stock: [] })
      expect((await api.get<Shelf>("/showroom/stock?q=nuoc mam ky phu", staff)).data.stock.length).toBeGreaterThan(0)
    })

    it("keeps each producer's batches and stamps to itself", async () => {
      const owner = await login("producer", FISH_SAUCE_PRODUCER)
      const other = await login("producer", CANDY_PRODUCER)
      const variantId = await fishSauceOnShelf()
      const { data } = await api.post<Batch>("/producer/batches", newBatch(variantId), owner)
      const [code] = (await api.get<Stamps>(`/producer/batches/${data.batch.id}/stamps`, owner)).data.stamps.map((s) => s.code)

      expect((await api.get<Batches>("/producer/batches", other)).data).toEqual({ batches: [], count: 0 })
      await refused(api.get(`/producer/batches/${data.batch.id}/stamps`, other), 404)
      await refused(api.post(`/producer/batches/${data.batch.id}/activate`, {}, other), 404)
      await refused(api.post(`/producer/stamps/${code}/void`, { reason: "phá" }, other), 404)
      // Nor can it issue stamps for another producer's packaging.
      await refused(api.post("/producer/batches", newBatch(variantId, { lot_number: "KE-01" }), other), 404)

      const { data: untouched } = await api.get<Batches>("/producer/batches", owner)
      expect(untouched.batches.find((b) => b.id === data.batch.id)!.stamps).toEqual({ printed: 5, activated: 0, voided: 0 })
    })

    it("records the batch each shipped line came from, links its trace from the shopper's order, and ships nothing on a batch that cannot be the line's", async () => {
      const fishSauce = await login("producer", FISH_SAUCE_PRODUCER)
      const candy = await login("producer", CANDY_PRODUCER)
      const demoBatch = (await api.get<Batches>("/producer/batches", fishSauce)).data.batches.find(
        (batch) => batch.lot_number === DEMO_BATCH.lot_number
      )!
      const { data: products } = await getContainer()
        .resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["handle", "variants.id"], filters: { handle: [FISH_SAUCE, CANDY] } })
      const variantsOf = (handle: string) => products.find((p) => p.handle === handle)!.variants!.map((v) => v!.id)
      const otherFishSauce = variantsOf(FISH_SAUCE).find((id) => id !== demoBatch.variant_id)!
      const [candyVariant] = variantsOf(CANDY)
      const candyBatch = (await api.post<Batch>("/producer/batches", newBatch(candyVariant, { lot_number: "KCD-01" }), candy))
        .data.batch

      const regionId = await demoRegionId(getContainer())
      const lines = [demoBatch.variant_id, otherFishSauce, candyVariant].map((variant_id) => ({ variant_id, quantity: 1 }))
      const cartId = await readyCart(api, storeHeaders, regionId, lines)
      const order = placedOrder(
        (await api.post<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${cartId}/complete`, {}, storeHeaders)).data
      )
      const lineOf = (variantId: string) => order.items!.find((item) => item.variant_id === variantId)!.id
      const part = (await api.get<{ orders: ProducerOrder[] }>("/producer/orders", fishSauce)).data.orders.find(
        (o) => o.order_id === order.id
      )!

      // The portal offers the producer's own batches of the part's packagings.
      const { data: detail } = await api.get<ProducerOrderDetail>(`/producer/orders/${part.id}`, fishSauce)
      expect(detail.batch_choices.map((batch) => batch.id)).toContain(demoBatch.id)
      expect(detail.batch_choices.every((batch) => variantsOf(FISH_SAUCE).includes(batch.variant_id))).toBe(true)

      const ship = (batches: { line_item_id: string; batch_id: string }[]) =>
        api.post(`/producer/orders/${part.id}/ship`, { tracking_number: "GHN-LO-1", batches }, fishSauce)
      const named = { line_item_id: lineOf(demoBatch.variant_id), batch_id: demoBatch.id }
      const refusals = [
        [await refusalBody(ship([{ ...named, batch_id: candyBatch.id }]), 404), "not_found"],
        [await refusalBody(ship([{ ...named, line_item_id: lineOf(otherFishSauce) }]), 400), "batch_other_packaging"],
        [await refusalBody(ship([{ ...named, line_item_id: lineOf(candyVariant) }]), 400), "invalid_data"],
        [await refusalBody(ship([named, named]), 400), "invalid_data"],
      ]
      for (const [body, code] of refusals) expect(body).toMatchObject({ code, message: expect.any(String) })
      expect((await api.get<ProducerOrderDetail>(`/producer/orders/${part.id}`, fishSauce)).data.order.status).toBe("pending")

      await ship([named])
      const { data: shipped } = await api.get<ProducerOrderDetail>(`/producer/orders/${part.id}`, fishSauce)
      expect(shipped.order.items.map((item) => [item.variant_id, item.batch]).sort()).toEqual(
        [
          [demoBatch.variant_id, { id: demoBatch.id, lot_number: DEMO_BATCH.lot_number }],
          [otherFishSauce, null],
        ].sort()
      )

      // The shopper's parcel names the batch, and its trace page tells where it came from.
      const { data: parcels } = await api.get<{ shipments: OrderShipment[] }>(`/store/orders/${order.id}/shipments`, storeHeaders)
      expect(parcels.shipments.flatMap((parcel) => parcel.items.map((item) => item.batch?.id ?? null)).sort()).toEqual(
        [demoBatch.id, null, null].sort()
      )
      const { data } = await api.get<{ trace: BatchTrace }>(`/store/trace/batches/${demoBatch.id}`, storeHeaders)
      expect(data.trace).toMatchObject({
        batch: { lot_number: DEMO_BATCH.lot_number, produced_on: "2026-10-15" },
        product: { handle: FISH_SAUCE },
        producer: { handle: "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu" },
        certificate: { valid: true },
      })
      expect(data.trace).not.toHaveProperty("stamp")
      expect(await refusalBody(api.get("/store/trace/batches/batch_01UNKNOWN", storeHeaders), 404)).toMatchObject({
        code: "not_found",
      })
    })
  },
})
