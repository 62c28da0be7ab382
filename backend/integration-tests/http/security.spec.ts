import { spawn } from "node:child_process"
import { createHmac } from "node:crypto"
import path from "node:path"
import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DEVELOPMENT_SECRET } from "../../src/utils/secrets"
import { DEMO_ADMIN, DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { adminHeaders, demoLogin, type HttpError, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url")

/** A JWT as Medusa issues them, signed with whatever secret an attacker guesses. */
function forgeToken(secret: string, claims: Record<string, unknown>) {
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))
  const payload = base64url(
    JSON.stringify({ iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 3600, ...claims })
  )
  const signature = createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url")
  return `${header}.${payload}.${signature}`
}

/** Runs the backend as `pnpm start` does (production mode) with these secrets; resolves with its exit and output. */
function productionStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve(__dirname, "../../node_modules/.bin/medusa"), ["start"], {
      cwd: path.resolve(__dirname, "../.."),
      env: { ...process.env, NODE_ENV: "production", MEDUSA_DISABLE_TELEMETRY: "true", PORT: "0", ...env },
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000)
    child.on("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let adminClaims: Record<string, unknown>
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      const container = getContainer()
      storeHeaders = await seedDemoStore(container)
      const [user] = await container.resolve(Modules.USER).listUsers({ email: DEMO_ADMIN.email })
      const [identity] = await container.resolve(Modules.AUTH).listAuthIdentities({ app_metadata: { user_id: user.id } })
      adminClaims = {
        actor_id: user.id,
        actor_type: "user",
        auth_identity_id: identity?.id ?? "",
        app_metadata: { user_id: user.id },
      }
    })

    it("refuses a token signed with Medusa's public default secret, claiming to be the coordination office", async () => {
      const forged = await api.get("/admin/users/me", {
        headers: { authorization: `Bearer ${forgeToken(DEVELOPMENT_SECRET, adminClaims)}` },
        validateStatus: () => true,
      })
      expect(forged.status).toBe(401)
      // The same claims signed with this server's own secret are accepted: the refusal is the secret's doing.
      const genuine = await api.get<HttpTypes.AdminUserResponse>("/admin/users/me", {
        headers: { authorization: `Bearer ${forgeToken(process.env.JWT_SECRET!, adminClaims)}` },
      })
      expect(genuine.data.user.email).toBe(DEMO_ADMIN.email)
    })

    /** The answer to a request expected to be refused: status, code and message. */
    async function refusal(request: Promise<unknown>) {
      const error = await request.then(
        () => null,
        (e: HttpError) => e
      )
      const { status, data } = error?.response ?? { status: undefined, data: undefined }
      return { status, code: data?.code, message: data?.message, reason: error?.response?.statusText }
    }

    it("refuses control characters, broken encodings and impossible dates with a Vietnamese 400 naming its code", async () => {
      expect(await refusal(api.get("/store/catalog?q=%00", storeHeaders))).toMatchObject({
        status: 400,
        code: "control_character",
        message: expect.stringMatching(/«q» chứa ký tự điều khiển/),
        reason: "control_character", // the JS SDK's FetchError keeps it as statusText
      })
      expect(await refusal(api.get("/store/trace/%c0%ae", storeHeaders))).toMatchObject({
        status: 400,
        code: "malformed_encoding",
      })
      expect(
        await refusal(
          api.post("/store/carts", '{"region_id": ', { headers: { ...storeHeaders.headers, "content-type": "application/json" } })
        )
      ).toMatchObject({
        status: 400,
        code: "invalid_json",
      })
      const staff = await demoLogin(api, "showroom_staff", DEMO_SHOWROOMS[0].staff.email)
      expect(await refusal(api.get("/showroom/reports?from=2026-02-30", staff))).toMatchObject({
        status: 400,
        code: "invalid_date",
        message: "Ngày bắt đầu không có thật: ngày 30 tháng 2 năm 2026 không tồn tại.",
      })
      expect(await refusal(api.get("/showroom/reports?from=0000-01-01", staff))).toMatchObject({
        status: 400,
        code: "invalid_date",
      })
      const producer = await demoLogin(api, "producer", "nguyen-thi-hang@ocop.local")
      expect(
        await refusal(
          api.post(
            "/producer/batches",
            { variant_id: "variant_x", lot_number: "L1", produced_on: "2026-02-30", quantity: 1 },
            producer
          )
        )
      ).toMatchObject({ status: 400, code: "invalid_date" })
      // Medusa's own routes answer through the same boundary and in Vietnamese, and take only web addresses as pictures.
      const office = await adminHeaders(api)
      expect(
        await refusal(api.post("/admin/products", { title: "Trà", thumbnail: "javascript:alert(document.cookie)" }, office))
      ).toMatchObject({
        status: 400,
        code: "invalid_url",
      })
      expect(await refusal(api.post("/store/carts", { email: "a\u0000b@example.vn" }, storeHeaders))).toMatchObject({
        status: 400,
        code: "control_character",
      })
    })

    it("will not start in production with a default, short or missing secret, and says which and why", async () => {
      const weak = await productionStart({ JWT_SECRET: DEVELOPMENT_SECRET, COOKIE_SECRET: "kKx9-short" })
      expect(weak.code).not.toBe(0)
      expect(weak.output).toContain("Refusing to start in production")
      expect(weak.output).toContain("JWT_SECRET is a publicly known default")
      expect(weak.output).toContain("COOKIE_SECRET is 10 characters long (at least 32 are needed)")

      const missing = await productionStart({ JWT_SECRET: "", COOKIE_SECRET: "" })
      expect(missing.code).not.toBe(0)
      expect(missing.output).toContain("JWT_SECRET is not set")
    })

    it("will not start in production without the marketplace's bank account for VietQR transfers (issue 16)", async () => {
      const strong = "kKx9-Qp2v-Lm7s-Zt4w-Hb8n-Rc3d-Yf6g-Jh1k"
      const noAccount = await productionStart({
        JWT_SECRET: strong,
        COOKIE_SECRET: strong,
        VIETQR_BANK_BIN: "",
        VIETQR_ACCOUNT_NUMBER: "",
        VIETQR_ACCOUNT_NAME: "",
      })
      expect(noAccount.code).not.toBe(0)
      expect(noAccount.output).toContain("Refusing to start: bank transfer (VietQR) has no usable receiving account")
      expect(noAccount.output).toContain("VIETQR_ACCOUNT_NUMBER is not set")
    })
  },
})
