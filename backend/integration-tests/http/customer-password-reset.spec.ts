import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PASSWORD_RULE } from "@ocop/contracts/schemas"
import { answerTo, type Suite, seedDemoStore, type Token } from "./demo-store"
import { integrationTestRunner } from "./test-runner"

jest.setTimeout(240_000)

type ResetNotice = { email: string; reset_url: string; expires_in_minutes: number }

/** Issue 17: a shopper's forgotten password, by an e-mailed link that sets a new one once. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    const email = "quen@example.vn"
    const notifications = () => getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)

    beforeAll(async () => {
      const storeHeaders = await seedDemoStore(getContainer())
      const { data } = await api.post<Token>("/auth/customer/emailpass/register", { email, password: "cu-mat-khau-1" })
      await api.post(
        "/store/customers",
        { email, first_name: "Quyên" },
        { headers: { ...storeHeaders.headers, authorization: `Bearer ${data.token}` } }
      )
    })

    /** The reset notices sent to an address, once the subscriber has had the time to send one. */
    async function resetNotices(to: string, atLeast = 1) {
      for (let waited = 0; ; waited += 200) {
        const sent = await notifications().listNotifications({ template: "customer-password-reset", to })
        if (sent.length >= atLeast || waited > 5_000) return sent.map((notice) => notice.data as ResetNotice)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }

    const setPassword = (token: string, password: string) =>
      answerTo(api.post("/auth/customer/emailpass/update", { password }, { headers: { authorization: `Bearer ${token}` } }))

    it("e-mails a link to the storefront that sets a new password once; used again it is refused", async () => {
      await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
      const [notice] = await resetNotices(email)
      expect(notice).toMatchObject({ email, expires_in_minutes: 15 })
      const link = new URL(notice.reset_url)
      expect(link.pathname).toBe("/tai-khoan/dat-lai-mat-khau")
      expect(link.searchParams.get("email")).toBe(email)
      const token = link.searchParams.get("token")!

      const weak = await setPassword(token, "abcdefgh")
      expect(weak.status).toBe(400)
      expect(weak.data.message).toBe(PASSWORD_RULE)

      expect((await setPassword(token, "moi-mat-khau-2")).status).toBe(200)
      expect((await answerTo(api.post("/auth/customer/emailpass", { email, password: "moi-mat-khau-2" }))).status).toBe(200)
      expect((await answerTo(api.post("/auth/customer/emailpass", { email, password: "cu-mat-khau-1" }))).status).toBe(401)

      // The same link a second time: refused, and the password stays the one just set.
      expect((await setPassword(token, "lan-thu-hai-3")).status).toBe(401)
      expect((await answerTo(api.post("/auth/customer/emailpass", { email, password: "moi-mat-khau-2" }))).status).toBe(200)
    })

    it("refuses a token that is not a reset link's (a login's session token)", async () => {
      const { data } = await api.post<Token>("/auth/customer/emailpass", { email, password: "cu-mat-khau-1" })
      expect((await setPassword(data.token, "chiem-quyen-4")).status).toBe(401)
    })

    it("answers an unknown e-mail as a known one and sends it nothing", async () => {
      const answer = await answerTo(api.post("/auth/customer/emailpass/reset-password", { identifier: "nguoi-la@example.vn" }))
      expect(answer.status).toBe(201)
      expect(await resetNotices("nguoi-la@example.vn", 1)).toEqual([])
    })
  },
})
