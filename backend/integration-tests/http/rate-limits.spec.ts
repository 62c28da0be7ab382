import { integrationTestRunner } from "./test-runner"
import type { ProducerStamp, ProductionBatch, StampTrace } from "@ocop/contracts"
import { DEMO_ADMIN, DEMO_BATCH, DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { type ApiResponse, answerTo as answer, demoLogin, type Suite, seedDemoStore, type Token } from "./demo-store"

jest.setTimeout(240_000)

const [CHO_HA_TINH] = DEMO_SHOWROOMS
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
const COUNTER = { email: CHO_HA_TINH.staff.email, password: DEMO_ADMIN.password }
const WRONG = { email: DEMO_ADMIN.email, password: "mat-khau-sai" }

// The documented limits (docs/SECURITY.md), some lowered so that a test need not send hundreds of
// requests or wait an hour. Failed logins keep their production count (5 per account, 30 per address).
const LOGIN_WINDOW_MS = 8_000
const ENV = {
  LOGIN_RATE_WINDOW_MS: String(LOGIN_WINDOW_MS),
  ACCOUNT_RATE_MAX_PER_ADDRESS: "3",
  REGISTER_RATE_MAX_PER_ADDRESS: "2",
  STAMP_RATE_MAX: "10",
}

// Each test is its own client, named in X-Forwarded-For: the test talks to the server from this
// machine, which the server trusts as a proxy (rate-limits.ts, clientAddress), as it trusts the
// storefront's server passing on a shopper's address.
const from = (address: string, headers: Record<string, string> = {}) => ({ headers: { ...headers, "x-forwarded-for": address } })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function expectRateLimited(refused: ApiResponse<unknown>, message: string, maxSeconds: number) {
  expect(refused.status).toBe(429)
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
  expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(maxSeconds)
  expect(refused.data).toEqual({ code: "rate_limited", type: "too_many_requests", message })
}

const LOGIN_REFUSAL = "Đăng nhập sai quá nhiều lần: vui lòng đợi 1 phút rồi thử lại."
const STAMP_REFUSAL = "Bạn tra cứu tem quá nhiều lần: vui lòng đợi 1 phút rồi thử lại."

/** Rate limits on logins, registrations and stamp lookups, and a stamp's scans counted once per client and day. */
integrationTestRunner({
  env: ENV,
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: Record<string, string>

    beforeAll(async () => {
      storeHeaders = (await seedDemoStore(getContainer())).headers
    })

    const logIn = (actor: string, body: object, client: ReturnType<typeof from>) =>
      answer<Token>(api.post(`/auth/${actor}/emailpass`, body, client))

    /** A stamp of the demo batch (activated), as its producer's portal lists it. */
    async function demoStamp() {
      const producer = await demoLogin(api, "producer", FISH_SAUCE_PRODUCER)
      const { data } = await api.get<{ batches: ProductionBatch[]; count: number }>("/producer/batches", producer)
      const batch = data.batches.find((b) => b.lot_number === DEMO_BATCH.lot_number)!
      return (await api.get<{ stamps: ProducerStamp[] }>(`/producer/batches/${batch.id}/stamps`, producer)).data.stamps[0].code
    }

    describe("logins", () => {
      it("refuses an account past 5 wrong passwords in the window, even with the right one, until the window closes", async () => {
        const client = from("198.51.100.1")
        for (let i = 0; i < 5; i++) {
          // The e-mail in any case is the same account.
          const email = i % 2 ? WRONG.email.toUpperCase() : WRONG.email
          expect((await logIn("user", { ...WRONG, email }, client)).status).toBe(401)
        }
        const refused = await logIn("user", DEMO_ADMIN, client)
        expectRateLimited(refused, LOGIN_REFUSAL, LOGIN_WINDOW_MS / 1000)
        // Medusa's login route answers GET as well.
        expect(
          (await answer(api.request({ method: "GET", url: "/auth/user/emailpass", data: DEMO_ADMIN, ...client }))).status
        ).toBe(429)

        // The account is held, from any address; the address may still log in to another account.
        expect((await logIn("user", DEMO_ADMIN, from("198.51.100.2"))).status).toBe(429)
        expect((await logIn("showroom_staff", COUNTER, client)).status).toBe(200)

        await sleep(Number(refused.headers["retry-after"]) * 1000 + 250)
        const after = await logIn("user", DEMO_ADMIN, client)
        expect(after.status).toBe(200)
        expect(after.data.token).toEqual(expect.any(String))
      })

      it("counts only wrong passwords: right ones are never refused, and one clears the account's failures", async () => {
        const client = from("198.51.100.3")
        const wrong = { ...COUNTER, password: "mat-khau-sai" }
        for (let i = 0; i < 4; i++) expect((await logIn("showroom_staff", wrong, client)).status).toBe(401)
        expect((await logIn("showroom_staff", COUNTER, client)).status).toBe(200)
        for (let i = 0; i < 4; i++) expect((await logIn("showroom_staff", wrong, client)).status).toBe(401)
        // Had the first four still counted, the account would be held now.
        for (let i = 0; i < 8; i++) expect((await logIn("showroom_staff", COUNTER, client)).status).toBe(200)
      })

      it("refuses an address past 30 wrong logins in the window, whichever accounts it tries", async () => {
        const client = from("198.51.100.4")
        for (let i = 0; i < 30; i++)
          expect((await logIn("producer", { email: `doan-${i}@example.vn`, password: "mat-khau-sai" }, client)).status).toBe(401)
        expectRateLimited(await logIn("user", DEMO_ADMIN, client), LOGIN_REFUSAL, LOGIN_WINDOW_MS / 1000)
        // The accounts themselves are not held.
        expect((await logIn("user", DEMO_ADMIN, from("198.51.100.5"))).status).toBe(200)
      })
    })

    describe("registrations", () => {
      const NEW_PRODUCER = {
        owner_type: "cooperative",
        representative: "Trần Thị Thu",
        phone: "0912 345 678",
        commune: "Sơn Kim 1",
        province: "Hà Tĩnh",
      }

      async function register(i: number, client: ReturnType<typeof from>) {
        const { data: login } = await api.post<Token>(
          "/auth/producer/emailpass/register",
          { email: `htx-${i}@example.vn`, password: "mat-khau-2026" },
          client
        )
        const producer = {
          ...NEW_PRODUCER,
          name: `HTX Chè xanh số ${i}`,
          tax_code: `300987654${i}`,
          email: `htx-${i}@example.vn`,
        }
        const headers = { ...client.headers, authorization: `Bearer ${login.token}` }
        return answer(api.post("/producer/register", { producer, member: { name: "Trần Thị Thu" } }, { headers }))
      }

      it("refuses a producer registration past the address's limit for the hour", async () => {
        const client = from("198.51.100.10")
        expect((await register(1, client)).status).toBe(201)
        expect((await register(2, client)).status).toBe(201)
        expectRateLimited(
          await register(3, client),
          "Có quá nhiều lượt đăng ký nhà sản xuất từ địa chỉ của bạn: vui lòng đợi 60 phút rồi thử lại.",
          3600
        )
        expect((await register(4, from("198.51.100.11"))).status).toBe(201)
      })

      it("refuses new logins and password reset requests past the address's limit for the hour", async () => {
        const client = from("198.51.100.12")
        const signUp = (i: number) =>
          answer(
            api.post("/auth/customer/emailpass/register", { email: `khach-${i}@example.vn`, password: "mat-khau-2026" }, client)
          )
        for (let i = 0; i < 3; i++) expect((await signUp(i)).status).toBe(200)
        const message =
          "Có quá nhiều yêu cầu tạo tài khoản hoặc đặt lại mật khẩu từ địa chỉ của bạn: vui lòng đợi 60 phút rồi thử lại."
        expectRateLimited(await signUp(3), message, 3600)
        expectRateLimited(
          await answer(api.post("/auth/customer/emailpass/reset-password", { identifier: "khach-0@example.vn" }, client)),
          message,
          3600
        )
      })
    })

    describe("stamp lookups", () => {
      it("refuses a shopper's lookups past the limit in a minute, whatever the codes, and not another shopper's", async () => {
        const code = await demoStamp()
        const client = from("198.51.100.20", storeHeaders)
        // Guessing codes: unknown, mistyped or not codes at all, each one counts.
        for (let i = 0; i < 10; i++)
          expect((await answer(api.get(`/store/trace/ABCD-EFGH-JKM${i}-0`, client))).status).toBeLessThan(500)
        expectRateLimited(await answer(api.get(`/store/trace/${code}`, client)), STAMP_REFUSAL, 60)
        expect((await answer(api.get(`/store/trace/${code}`, from("198.51.100.21", storeHeaders)))).status).toBe(200)
      })

      it("refuses a counter login's searches past the limit in a minute; the plain stock list is not a lookup", async () => {
        const counter = await demoLogin(api, "showroom_staff", COUNTER.email)
        const code = await demoStamp()
        for (let i = 0; i < 10; i++)
          expect((await answer(api.get(`/showroom/stock?q=${encodeURIComponent(code)}`, counter))).status).toBe(200)
        expectRateLimited(await answer(api.get(`/showroom/stock?q=${encodeURIComponent(code)}`, counter)), STAMP_REFUSAL, 60)
        expect((await answer(api.get("/showroom/stock", counter))).status).toBe(200)
      })

      it("counts a stamp's scan once per client and day: a client's rereads do not count, another client's read does", async () => {
        const code = await demoStamp()
        const scans = async (address: string) =>
          (await api.get<{ trace: StampTrace }>(`/store/trace/${code}`, from(address, storeHeaders))).data.trace.scans
        const first = await scans("198.51.100.30")
        expect(await scans("198.51.100.30")).toBe(first)
        expect(await scans("198.51.100.30")).toBe(first)
        expect(await scans("198.51.100.31")).toBe(first + 1)
        expect(await scans("198.51.100.30")).toBe(first + 1)
        expect(await scans("198.51.100.31")).toBe(first + 1)
      })
    })
  },
})
