import { fileProvider, s3Storage } from "../file-storage"
import { evidenceFile, servedFile, storedName, storedPictureKey } from "../uploads"

const BUCKET = {
  S3_BUCKET: "ocop-files",
  S3_REGION: "ap-southeast-1",
  S3_ACCESS_KEY_ID: "AKIAOCOPEXAMPLE",
  S3_SECRET_ACCESS_KEY: "c2VjcmV0LWtleS1vZi10aGUtYnVja2V0",
  S3_FILE_URL: "https://files.ocop.vn/",
}
const HEX = "0123456789abcdef0123456789abcdef"
const ULID = "01KBZ7Q1D5W3N2M4P6R8T0V9XY"

describe("s3Storage and fileProvider (S3_*, issue 20)", () => {
  it("keeps files on this machine's disk, served at /uploads, when no S3 variable is set", () => {
    expect(s3Storage({})).toBeNull()
    expect(fileProvider("http://localhost:9000", { S3_PREFIX: " " })).toMatchObject({
      resolve: "@medusajs/medusa/file-local",
      options: { backend_url: "http://localhost:9000/uploads" },
    })
  })

  it("puts them in the bucket with all five set, its public address without a trailing slash", () => {
    expect(fileProvider("http://localhost:9000", BUCKET)).toEqual({
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: "ocop-files",
        region: "ap-southeast-1",
        access_key_id: "AKIAOCOPEXAMPLE",
        secret_access_key: "c2VjcmV0LWtleS1vZi10aGUtYnVja2V0",
        file_url: "https://files.ocop.vn",
        prefix: "",
      },
    })
  })

  it("addresses an S3-compatible server (S3_ENDPOINT) by path, and puts S3_PREFIX before every key", () => {
    expect(
      fileProvider("http://localhost:9000", { ...BUCKET, S3_ENDPOINT: "http://127.0.0.1:4569", S3_PREFIX: "ocop/" }).options
    ).toMatchObject({ endpoint: "http://127.0.0.1:4569", prefix: "ocop/", additional_client_config: { forcePathStyle: true } })
  })

  it("refuses half a configuration, naming what is missing, rather than scatter files over the servers' disks", () => {
    const { S3_SECRET_ACCESS_KEY, S3_FILE_URL, ...partial } = BUCKET
    expect(() => s3Storage({ NODE_ENV: "production", ...partial })).toThrow(
      /S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID are set but S3_SECRET_ACCESS_KEY, S3_FILE_URL are not/
    )
    expect(() => s3Storage({ S3_ENDPOINT: "http://127.0.0.1:4569" })).toThrow(/S3_ENDPOINT is set but S3_BUCKET/)
    expect(() => s3Storage({ ...BUCKET, S3_FILE_URL: "files.ocop.vn" })).toThrow(/S3_FILE_URL must be/)
    expect(() => s3Storage({ ...BUCKET, S3_ENDPOINT: "127.0.0.1:4569" })).toThrow(/S3_ENDPOINT must be/)
  })
})

describe("stored names under either provider", () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })
  const inBucket = () => Object.assign(process.env, BUCKET, { S3_PREFIX: "ocop/" })

  it("reads evidence stored by the local provider or the S3 one, as the key behind its name", () => {
    expect(evidenceFile(`private-1767225600000-${HEX}.png`)).toEqual({
      key: `private-1767225600000-${HEX}.png`,
      contentType: "image/png",
      download: false,
      private: true,
    })
    inBucket()
    expect(evidenceFile(`${HEX}-${ULID}.pdf`)).toEqual({
      key: `ocop/${HEX}-${ULID}.pdf`,
      contentType: "application/pdf",
      download: true,
      private: true,
    })
    expect(storedName(`ocop/${HEX}-${ULID}.pdf`)).toBe(`${HEX}-${ULID}.pdf`)
    for (const name of [`${HEX}-${ULID}.html`, `${HEX}-${ULID.toLowerCase()}.png`, `x/${HEX}-${ULID}.png`, `${HEX}.png`])
      expect(evidenceFile(name)).toBeNull()
  })

  it("never serves a name of the S3 form at /uploads: there a private file looks like a public one", () => {
    inBucket()
    expect(servedFile(`${HEX}-${ULID}.png`)).toBeNull()
    expect(servedFile(`${HEX}-${ULID}.pdf`)).toBeNull()
    // Files copied from the disk into the bucket keep their /uploads address.
    expect(servedFile(`1767225600000-${HEX}.jpg`)?.key).toBe(`ocop/1767225600000-${HEX}.jpg`)
  })

  it("finds the stored picture behind a public URL, and nothing behind any other", () => {
    expect(storedPictureKey(`http://localhost:9000/uploads/1767225600000-${HEX}.webp`)).toBe(`1767225600000-${HEX}.webp`)
    expect(storedPictureKey(`http://localhost:9000/uploads/1767225600000-${HEX}.pdf`)).toBeNull()
    expect(storedPictureKey(`https://files.ocop.vn/ocop/${HEX}-${ULID}.jpg`)).toBeNull() // no bucket configured
    inBucket()
    expect(storedPictureKey(`https://files.ocop.vn/ocop/${HEX}-${ULID}.jpg`)).toBe(`ocop/${HEX}-${ULID}.jpg`)
    expect(storedPictureKey(`https://files.ocop.vn/other/${HEX}-${ULID}.jpg`)).toBeNull() // another prefix
    expect(storedPictureKey(`https://files.ocop.vn/ocop/${HEX}-${ULID}.pdf`)).toBeNull()
    expect(storedPictureKey(`https://cdn.example.vn/ocop/${HEX}-${ULID}.jpg`)).toBeNull()
  })
})
