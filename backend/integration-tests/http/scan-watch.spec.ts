import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type FlaggedStamp,
  type ProducerStamp,
  type ProductionBatch,
  SCAN_WATCH_SCANS,
  type ShelfLine,
  type StampTrace,
  vietnamDay,
} from "@ocop/contracts"
import { integrationTestRunner } from "./test-runner"
import { NOTICE_MODULE } from "../../src/modules/notice"
import type NoticeModuleService from "../../src/modules/notice/service"
import { DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { notifyUntoldStampFlags } from "../../src/workflows/traceability/notify-stamp-flags"
import { adminHeaders, demoLogin, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

// The test stands in for a CDN that tells each viewer's region: the backend believes it only because this says so.
const REGION_HEADER = "x-test-viewer-region"
process.env.SCAN_PLACE_HEADER = REGION_HEADER

const [CHO_HA_TINH] = DEMO_SHOWROOMS
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
const CANDY_PRODUCER = "nguyen-thi-hang@ocop.local"
const HA_NOI = "01"
const HAI_PHONG = "31"
const HA_TINH = "42"

type Trace = { trace: StampTrace }
type Flags = { flags: FlaggedStamp[]; count: number }

/** Scan watch: each stamp's scans by day and province, and the flags that say a label was likely copied. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: Record<string, string>
    let lot = 0

    beforeAll(async () => {
      storeHeaders = (await seedDemoStore(getContainer())).headers
    })

    const login = (actor: "producer" | "showroom_staff", email: string) => demoLogin(api, actor, email)
    const db = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const notices = () => getContainer().resolve<NoticeModuleService>(NOTICE_MODULE)

    /** A shopper reading a stamp's trace page: from an address, and (through the trusted header) a region. */
    const scan = (code: string, from: { address: string; region?: string }) =>
      api.get<Trace>(`/store/trace/${code}`, {
        headers: {
          ...storeHeaders,
          "x-forwarded-for": from.address,
          // Percent-encoded, as CDNs send a value that is not plain ASCII.
          ...(from.region ? { [REGION_HEADER]: encodeURIComponent(from.region) } : {}),
        },
      })

    /** A new activated batch of the fish sauce producer's packaging on the Chợ Hà Tĩnh shelf, and its stamps' codes. */
    async function activatedStamps() {
      const producer = await login("producer", FISH_SAUCE_PRODUCER)
      const { data: shelf } = await api.get<{ stock: ShelfLine[] }>(
        "/showroom/stock?q=nuoc mam ky phu",
        await login("showroom_staff", CHO_HA_TINH.staff.email)
      )
      const { data } = await api.post<{ batch: ProductionBatch }>(
        "/producer/batches",
        {
          variant_id: shelf.stock.find((line) => line.stock > 0)!.variant_id,
          lot_number: `SW-${++lot}`,
          produced_on: "2026-11-20",
          expires_on: "2028-11-20",
          quantity: 3,
        },
        producer
      )
      await api.post(`/producer/batches/${data.batch.id}/activate`, {}, producer)
      const { data: stamps } = await api.get<{ stamps: ProducerStamp[] }>(`/producer/batches/${data.batch.id}/stamps`, producer)
      return { producer, batch: data.batch, codes: stamps.stamps.map((stamp) => stamp.code) }
    }

    /** The stamp's scan rows as stored: every column. */
    const scanRows = async (code: string) =>
      db()
        .select("s.*")
        .from({ s: "ocop_stamp_scan" })
        .join({ t: "ocop_stamp" }, "t.id", "s.stamp_id")
        .where("t.code", code.replace(/-/g, ""))
        .orderBy("s.place")

    /** The stamp-flagged e-mails queued for a flag. */
    const flagNotices = (flagId: string) => notices().listNotices({ template: "stamp-flagged", resource_id: flagId })

    it("counts each client's first scan of a day by province (from its address, offline), and keeps no address or user agent", async () => {
      delete process.env.SCAN_PLACE_HEADER
      try {
        const { codes } = await activatedStamps()
        const [code] = codes
        // DB-IP Lite places these in Hà Nội and Hải Phòng; a private address is nowhere.
        await scan(code, { address: "1.52.160.1" })
        await scan(code, { address: "1.52.160.1" }) // the same shopper again the same day: not a second scan
        await scan(code, { address: "14.171.128.1", region: "Huế" }) // the header is not trusted now
        const { data } = await scan(code, { address: "10.1.2.3" })
        expect(data.trace).toMatchObject({ scans: 3, flags: [], warning: null })

        const rows = await scanRows(code)
        expect(rows.map(({ day, place, count }) => ({ day, place, count }))).toEqual([
          { day: vietnamDay(new Date()), place: HA_NOI, count: 1 },
          { day: vietnamDay(new Date()), place: HAI_PHONG, count: 1 },
          { day: vietnamDay(new Date()), place: "unknown", count: 1 },
        ])
        // Only counts are kept: no column could hold an address or a browser.
        expect(Object.keys(rows[0]).sort()).toEqual(
          ["count", "created_at", "day", "deleted_at", "id", "place", "stamp_id", "updated_at"].sort()
        )
        expect(JSON.stringify(rows)).not.toMatch(/1\.52\.160\.1|14\.171\.128\.1|10\.1\.2\.3/)
      } finally {
        process.env.SCAN_PLACE_HEADER = REGION_HEADER
      }
    })

    it("places a scan at a showroom's counter in the showroom's province", async () => {
      const { codes } = await activatedStamps()
      const staff = await login("showroom_staff", CHO_HA_TINH.staff.email)
      await api.get(`/showroom/stock?q=${encodeURIComponent(codes[0])}`, staff)
      await api.get(`/showroom/stock?q=${encodeURIComponent(codes[0])}`, staff) // the same counter the same day
      expect((await scanRows(codes[0])).map(({ place, count }) => ({ place, count }))).toEqual([{ place: HA_TINH, count: 1 }])
    })

    it("flags a stamp scanned in three provinces to the office and its producer (told once), and warns the shopper", async () => {
      const { batch, codes } = await activatedStamps()
      const [code] = codes
      await scan(code, { address: "203.0.113.1", region: "Hà Nội" })
      const { data: twoProvinces } = await scan(code, { address: "203.0.113.2", region: "Thành phố Đà Nẵng" })
      expect(twoProvinces.trace.flags).toEqual([])
      // A former province's name is the province it is now part of: Quảng Nam is Đà Nẵng, not a third province.
      expect((await scan(code, { address: "203.0.113.3", region: "Quang Nam" })).data.trace.flags).toEqual([])

      const { data } = await scan(code, { address: "203.0.113.4", region: "Thua Thien Hue Province" })
      expect(data.trace.flags).toEqual(["provinces"])
      expect(data.trace.warning).toMatch(/^Cảnh báo: mã tem này đã được quét ở nhiều tỉnh, thành phố khác nhau/)
      // The next shopper, and the same one reloading, are warned too.
      expect((await scan(code, { address: "203.0.113.4", region: "Huế" })).data.trace.warning).toMatch(/^Cảnh báo/)

      const admin = await adminHeaders(api)
      const { data: office } = await api.get<Flags>("/admin/scan-watch", admin)
      const flag = office.flags.find((f) => f.stamp.code === code)!
      expect(flag).toMatchObject({
        reason: "provinces",
        stamp: { code, status: "activated", scans: 4 },
        batch: { id: batch.id, lot_number: batch.lot_number },
        product_title: expect.stringMatching(/Nước mắm Kỳ Phú/),
        producer: { name: expect.any(String) },
        provinces: ["Hà Nội", "Huế", "Đà Nẵng"], // in the provinces' code order
      })

      const [notice] = await flagNotices(flag.id)
      expect(notice).toMatchObject({ to: expect.stringMatching(/@/) })
      // A fourth province raises nothing new, and the sweep finds nobody left to tell.
      await scan(code, { address: "203.0.113.5", region: "Hải Phòng" })
      expect(await notifyUntoldStampFlags(getContainer(), new Date(Date.now() + 60 * 60 * 1000))).toBe(0)
      expect(await flagNotices(flag.id)).toHaveLength(1)
      expect((await api.get<Flags>("/admin/scan-watch", admin)).data.flags.filter((f) => f.stamp.code === code)).toHaveLength(1)
    })

    it(`flags a stamp counted more than ${SCAN_WATCH_SCANS} times in one place`, async () => {
      const { codes } = await activatedStamps()
      const [code] = codes
      for (let shopper = 1; shopper <= SCAN_WATCH_SCANS; shopper++)
        await scan(code, { address: `198.51.100.${shopper}`, region: "Hà Tĩnh" })
      const { data: atLimit } = await scan(code, { address: "198.51.100.1", region: "Hà Tĩnh" })
      expect(atLimit.trace).toMatchObject({ scans: SCAN_WATCH_SCANS, flags: [] })

      const { data } = await scan(code, { address: "198.51.100.200", region: "Hà Tĩnh" })
      expect(data.trace).toMatchObject({ scans: SCAN_WATCH_SCANS + 1, flags: ["scans"] })
      expect(data.trace.warning).toMatch(/quét nhiều lần hơn hẳn một sản phẩm thật/)
      expect((await scanRows(code)).map(({ place, count }) => ({ place, count }))).toEqual([
        { place: HA_TINH, count: SCAN_WATCH_SCANS + 1 },
      ])
    })

    it("flags a stamp scanned after its producer voided it", async () => {
      const { producer, codes } = await activatedStamps()
      const [code] = codes
      await scan(code, { address: "192.0.2.1", region: "Hà Tĩnh" })
      await api.post(`/producer/stamps/${code}/void`, { reason: "Tem bị mất" }, producer)
      const { data } = await scan(code, { address: "192.0.2.2", region: "Hà Tĩnh" })
      expect(data.trace).toMatchObject({ stamp: { status: "voided" }, flags: ["voided"] })
      expect(data.trace.warning).toMatch(/^Cảnh báo: mã tem này đã bị hủy nhưng vẫn đang được quét/)
    })

    it("shows each producer only its own flagged stamps", async () => {
      const { codes } = await activatedStamps()
      for (const [n, region] of ["Hà Nội", "Hải Phòng", "Tuyên Quang"].entries())
        await scan(codes[1], { address: `203.0.113.${100 + n}`, region })

      const owner = await login("producer", FISH_SAUCE_PRODUCER)
      const { data: own } = await api.get<Flags>("/producer/scan-watch", owner)
      expect(own.flags.map((flag) => flag.stamp.code)).toContain(codes[1])
      expect(own.flags.every((flag) => flag.producer.name === own.flags[0].producer.name)).toBe(true)

      const other = await login("producer", CANDY_PRODUCER)
      expect((await api.get<Flags>("/producer/scan-watch", other)).data).toEqual({ flags: [], count: 0 })
      // The producer filter is the office's only: asked for by a producer, it is ignored.
      const { data: asked } = await api.get<Flags>(`/producer/scan-watch?producer_id=${own.flags[0].producer.id}`, other)
      expect(asked).toEqual({ flags: [], count: 0 })

      const admin = await adminHeaders(api)
      const { data: byProducer } = await api.get<Flags>(`/admin/scan-watch?producer_id=${own.flags[0].producer.id}`, admin)
      expect(byProducer.count).toBe(own.count)
    })

    it("tells a producer of a flag a stopped process raised but did not tell, once", async () => {
      const { codes } = await activatedStamps()
      await api.post(`/producer/stamps/${codes[2]}/void`, { reason: "Tem rách" }, await login("producer", FISH_SAUCE_PRODUCER))
      await scan(codes[2], { address: "192.0.2.50", region: "Hà Tĩnh" })
      const [flag] = await db()
        .select("f.id")
        .from({ f: "ocop_stamp_flag" })
        .join({ t: "ocop_stamp" }, "t.id", "f.stamp_id")
        .where("t.code", codes[2].replace(/-/g, ""))
      // As a process stopped before telling would have left it.
      await notices().deleteNotices((await flagNotices(flag.id)).map((notice) => notice.id))
      await db()("ocop_stamp_flag").where("id", flag.id).update({ notified_at: null })

      expect(await notifyUntoldStampFlags(getContainer())).toBe(0) // too young: a live scan may be telling it
      expect(await notifyUntoldStampFlags(getContainer(), new Date(Date.now() + 3 * 60 * 1000))).toBe(1)
      expect(await flagNotices(flag.id)).toHaveLength(1)
      expect(await notifyUntoldStampFlags(getContainer(), new Date(Date.now() + 3 * 60 * 1000))).toBe(0)
    })
  },
})
