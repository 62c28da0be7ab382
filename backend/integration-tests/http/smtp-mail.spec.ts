import { type ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import type { NoticeResponse, NoticesResponse } from "@ocop/contracts"
import { integrationTestRunner } from "./test-runner"
import { NOTICE_MODULE } from "../../src/modules/notice"
import type NoticeModuleService from "../../src/modules/notice/service"
import { MAX_ATTEMPTS } from "../../src/modules/notice/delivery"
import { deliverNoticesWorkflow } from "../../src/workflows/notice/deliver-notices"
import { adminHeaders, COD_PROVIDER, DEMO_SHOPPER, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(300_000)

// A mail server on this machine, read by medusa-config as the app starts: SMTP_URL turns the SMTP transport on.
const PORT = 20_000 + (process.pid % 20_000)
process.env.SMTP_URL = `smtp://127.0.0.1:${PORT}`
process.env.SMTP_FROM = "Sàn OCOP <no-reply@ocop.test>"

/** What the stand-in server does with the next message: takes it, refuses it (550), or is not there at all. */
type Mode = "accept" | "reject" | "down"

/** Issue 17: e-mail through an SMTP server; a server refusing or gone never fails the order, and the notice gets through once it is back. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop, variantOf, placeOrder } = demoShop(suite)
    const received: ParsedMail[] = []
    let mode: Mode = "accept"
    let server: SMTPServer | null = null

    async function setMode(next: Mode) {
      mode = next
      if (next === "down" && server) {
        await new Promise<void>((resolve) => server!.close(() => resolve()))
        server = null
      }
      if (next !== "down" && !server) {
        server = new SMTPServer({
          authOptional: true,
          disabledCommands: ["STARTTLS", "AUTH"],
          logger: false,
          onData(stream, _session, callback) {
            if (mode === "reject") {
              stream.resume()
              return stream.on("end", () => callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 })))
            }
            simpleParser(stream).then((mail) => {
              received.push(mail)
              callback()
            }, callback)
          },
        })
        await new Promise<void>((resolve) => server!.listen(PORT, "127.0.0.1", resolve))
      }
    }

    beforeAll(() => setMode("accept"))
    // Each test's database starts again from the same copy, so order numbers repeat: mail is counted per test.
    beforeEach(() => {
      received.length = 0
    })
    afterAll(() => setMode("down"))

    const notices = () => shop.container.resolve<NoticeModuleService>(NOTICE_MODULE)
    const confirmationOf = async (orderId: string) =>
      (await notices().listNotices({ template: "order-placed", resource_id: orderId }))[0]
    /** The order's confirmation once its first attempt is over (the subscriber runs after the request). */
    async function afterFirstAttempt(orderId: string) {
      for (let waited = 0; waited < 20_000; waited += 250) {
        const notice = await confirmationOf(orderId)
        if (notice && notice.attempts > 0) return notice
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      throw new Error(`The confirmation of ${orderId} was never tried`)
    }
    const mailFor = (displayId: number | undefined) =>
      received.filter((mail) => mail.subject === `Sàn OCOP đã nhận đơn hàng #${displayId}`)

    it("sends the shopper's confirmation through the SMTP server, from SMTP_FROM, in Vietnamese", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const order = await placeOrder(COD_PROVIDER, fishSauce.id, 1)
      expect(await afterFirstAttempt(order.id)).toMatchObject({ status: "sent", attempts: 1, last_error: null })
      const [mail] = mailFor(order.display_id)
      expect(mail.to).toMatchObject({ text: DEMO_SHOPPER.email })
      expect(mail.from).toMatchObject({ value: [{ address: "no-reply@ocop.test", name: "Sàn OCOP" }] })
      expect(mail.text).toContain("Cảm ơn bạn đã đặt hàng")
      expect(mail.html).toContain(`đơn hàng #${order.display_id}`)
    })

    it("places the order while the server is gone or refuses, retries with backoff, shows the failure to the office, and delivers once fixed", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const admin = await adminHeaders(api)

      // No server at all: the order is placed; the e-mail waits for its next attempt, the error kept.
      await setMode("down")
      const order = await placeOrder(COD_PROVIDER, fishSauce.id, 1)
      expect(order.status).toBe("pending")
      const first = await afterFirstAttempt(order.id)
      expect(first).toMatchObject({ status: "queued", attempts: 1, last_error: expect.stringMatching(/ECONNREFUSED/) })
      expect(first.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 30_000)
      // Not yet due: the job leaves it alone.
      await deliverNoticesWorkflow(shop.container).run({ input: {} })
      expect((await confirmationOf(order.id)).attempts).toBe(1)

      // The server is back but refuses the message: each due attempt fails until the last one.
      await setMode("reject")
      for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
        await shop
          .sql("notice")
          .where({ id: first.id })
          .update({ next_attempt_at: shop.sql.raw("now()") })
        await deliverNoticesWorkflow(shop.container).run({ input: {} })
      }
      const failed = await confirmationOf(order.id)
      expect(failed).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, last_error: expect.stringMatching(/550/) })
      expect(mailFor(order.display_id)).toEqual([])

      // The office sees it among the failures, with why.
      const { data: list } = await api.get<NoticesResponse>("/admin/notices?status=failed", admin)
      expect(list.notices.find((notice) => notice.id === failed.id)).toMatchObject({
        to: DEMO_SHOPPER.email,
        subject: `Sàn OCOP đã nhận đơn hàng #${order.display_id}`,
        last_error: expect.stringMatching(/Mailbox unavailable/),
      })

      // Fixed: the office sends it again, and the shopper gets it once.
      await setMode("accept")
      const { data: retried } = await api.post<NoticeResponse>(`/admin/notices/${failed.id}/retry`, {}, admin)
      expect(retried.notice).toMatchObject({ status: "sent", attempts: MAX_ATTEMPTS + 1, last_error: null })
      expect(mailFor(order.display_id)).toHaveLength(1)
      await deliverNoticesWorkflow(shop.container).run({ input: {} })
      expect(mailFor(order.display_id)).toHaveLength(1)
    })
  },
})
