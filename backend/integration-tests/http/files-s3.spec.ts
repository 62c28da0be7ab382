import { integrationTestRunner } from "./test-runner"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { parse } from "csv-parse/sync"
import S3rver from "s3rver"
import sharp from "sharp"
import type { Feed, FeedRun } from "@ocop/contracts"
import { imageSizes } from "../../src/queries/image-sizes"
import { assertEvidenceStored } from "../../src/workflows/inspection/evidence"
import { adminHeaders, answerTo, demoLogin, type Refusal, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

const BUCKET = "ocop-files"
const PREFIX = "ocop/"
const CANDY_PRODUCER = "nguyen-thi-hang@ocop.local"
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
/** A key the S3 provider gives: our name, a dash and a ULID. */
const S3_NAME = /^[0-9a-f]{32}-[0-9A-HJKMNP-TV-Z]{26}\.(png|pdf)$/

// A real S3-compatible server (s3rver, pure Node), started before the runner boots the app, which reads
// S3_* in medusa-config.ts. Every request it answers is recorded: what was written, and with which ACL.
const dir = mkdtempSync(path.join(os.tmpdir(), "ocop-s3-"))
const uploadsDir = path.join(dir, "uploads")
const s3rver = new S3rver({
  silent: true,
  directory: path.join(dir, "bucket"),
  configureBuckets: [{ name: BUCKET, configs: [] }],
})
const writes: { key: string; acl: string | undefined }[] = []
const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url!, "http://s3")
  const key = decodeURIComponent(pathname.slice(`/${BUCKET}/`.length))
  if (req.method === "PUT" && key) writes.push({ key, acl: req.headers["x-amz-acl"] as string | undefined })
  s3rver.getMiddleware()(req, res)
})
let fileUrl = ""

beforeAll(async () => {
  await s3rver.configureBuckets()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fileUrl = `${endpoint}/${BUCKET}`
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_ENDPOINT: endpoint,
    S3_FILE_URL: fileUrl,
    S3_PREFIX: PREFIX,
    // Where the local provider would write: nothing may land there.
    UPLOADS_DIR: uploadsDir,
  })
})
afterAll(async () => {
  for (const name of [
    "S3_BUCKET",
    "S3_REGION",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_ENDPOINT",
    "S3_FILE_URL",
    "S3_PREFIX",
    "UPLOADS_DIR",
  ])
    delete process.env[name]
  await new Promise((resolve) => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

/** The bucket's keys under the prefix, as its listing (ListObjectsV2) gives them. */
async function keysInBucket(): Promise<string[]> {
  const xml = await (await fetch(`${fileUrl}?list-type=2&prefix=${encodeURIComponent(PREFIX)}`)).text()
  return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1])
}
const aclOf = (key: string) => writes.find((write) => write.key === key)?.acl

/** With S3_* set, every file the marketplace stores is in the bucket, read back through its routes. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedDemoStore(getContainer())
      admin = await adminHeaders(api)
    })

    it("stores a producer's picture publicly in the bucket, at the bucket's address, and measures it from there", async () => {
      const picture = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#2e7d32" } })
        .png()
        .toBuffer()
      const form = new FormData()
      form.append("files", new Blob([new Uint8Array(picture)], { type: "image/png" }), "keo-cu-do.png")
      const { data } = await api.post<{ files: { url: string }[] }>(
        "/producer/uploads",
        form,
        await demoLogin(api, "producer", CANDY_PRODUCER)
      )
      const [{ url }] = data.files
      expect(url.startsWith(`${fileUrl}/${PREFIX}`)).toBe(true)
      const key = decodeURIComponent(url.slice(fileUrl.length + 1))
      expect(key.slice(PREFIX.length)).toMatch(S3_NAME)
      expect(await keysInBucket()).toContain(key)
      expect(aclOf(key)).toBe("public-read")

      // What a browser (or the storefront's optimizer) fetches: the bucket, not the backend.
      const fetched = await fetch(url)
      expect(fetched.headers.get("content-type")).toBe("image/png")
      expect(await sharp(Buffer.from(await fetched.arrayBuffer())).metadata()).toMatchObject({ width: 640, height: 480 })
      // The feeds' picture check reads it back through the File Module.
      expect((await imageSizes(getContainer(), [url])).get(url)).toEqual({ width: 640, height: 480 })
    })

    it("keeps inspection evidence private in the bucket and serves it only through the inspection routes", async () => {
      const form = new FormData()
      form.append("file", new Blob([new Uint8Array(PDF)]), "bien-ban.pdf")
      const { data } = await api.post<{ file: { name: string } }>("/admin/inspection-evidence", form, admin)
      const { name } = data.file
      // The name in URLs is the key without the prefix, so "ocop/" puts no slash into the routes.
      expect(name).toMatch(S3_NAME)
      expect(await keysInBucket()).toContain(`${PREFIX}${name}`)
      expect(aclOf(`${PREFIX}${name}`)).toBe("private")

      const asOffice = await api.get<string>(`/admin/inspection-evidence/${name}`, { ...admin, responseType: "text" })
      expect(asOffice.headers["content-type"]).toBe("application/pdf")
      expect(asOffice.headers["cache-control"]).toBe("private, no-store")
      expect(asOffice.data).toBe(PDF.toString())
      expect((await answerTo(api.get(`/admin/inspection-evidence/${name}`))).status).toBe(401)
      expect((await answerTo(api.get(`/uploads/${name}`))).status).toBe(404)

      // A checklist may name it; a name of the same form that was never uploaded is refused.
      await expect(assertEvidenceStored(getContainer(), [name])).resolves.toBeUndefined()
      const unknown = `${"0".repeat(32)}-${"0".repeat(26)}.pdf`
      await expect(assertEvidenceStored(getContainer(), [unknown])).rejects.toMatchObject({ code: "evidence_unknown" })
      expect((await answerTo<Refusal>(api.get(`/admin/inspection-evidence/${unknown}`, admin))).status).toBe(404)
    })

    it("writes feed files privately to the bucket, serves the newest from there, and deletes those no longer kept", async () => {
      const { data } = await api.post<{ feed: Feed }>(
        "/admin/feeds",
        { name: "Chiến dịch Tết", channel: "meta", format: "csv", filters: {} },
        admin
      )
      const feedKeys = async () => (await keysInBucket()).filter((key) => key.startsWith(`${PREFIX}feeds/${data.feed.id}/`))
      const generate = async () => (await api.post<{ run: FeedRun }>(`/admin/feeds/${data.feed.id}/generate`, {}, admin)).data.run
      const crawl = (headers: Record<string, string> = {}) =>
        api.get<string>(new URL(data.feed.url).pathname, {
          headers,
          responseType: "text",
          transformResponse: (body: string) => body,
          validateStatus: () => true,
        })

      const first = await generate()
      const [firstKey] = await feedKeys()
      expect(aclOf(firstKey)).toBe("private")
      const served = await crawl()
      expect(served.status).toBe(200)
      expect(served.headers.etag).toMatch(/^"[0-9a-f]{40}"$/)
      const rows = parse(served.data, { columns: true }) as { id: string }[]
      expect(rows.length).toBe(first.items)
      expect(first.items).toBeGreaterThan(0)
      expect(Buffer.byteLength(served.data)).toBe(first.bytes)
      expect((await crawl({ "If-None-Match": served.headers.etag })).status).toBe(304)

      // Three files are kept: the fourth run deletes the first one's from the bucket.
      for (let run = 0; run < 3; run++) await generate()
      const kept = await feedKeys()
      expect(kept).toHaveLength(3)
      expect(kept).not.toContain(firstKey)
      expect((await crawl()).status).toBe(200)
    })

    it("writes nothing on this machine's disk", () => {
      expect(readdirSync(dir)).not.toContain("uploads")
    })
  },
})
