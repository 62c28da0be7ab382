import path from "node:path"

/**
 * Where the marketplace keeps its files (issue 20): pictures, TCCS documents, inspection evidence, the
 * office's exports and feed files all go through Medusa's File Module, whose one provider is chosen here.
 * With S3_BUCKET set they live in that bucket, shared by every server; public ones are fetched by browsers
 * at S3_FILE_URL. Without it they stay on this machine's disk (UPLOADS_DIR), served at /uploads: right for
 * one server, wrong for several.
 */
export type S3Storage = {
  bucket: string
  region: string
  access_key_id: string
  secret_access_key: string
  /** Public base URL of the bucket (or of a CDN in front of it), without a trailing slash. */
  file_url: string
  /** Put before every key, so one bucket can hold other things too ("ocop/"); empty by default. */
  prefix: string
  /** An S3-compatible server (MinIO, R2, Spaces…); unset for AWS itself. */
  endpoint?: string
}

/**
 * Where the local provider keeps files: outside `static/`, which Medusa serves as whatever type a file's
 * name claims (a picture named x.html would be a page of this origin, next to Medusa Admin).
 * GET /uploads/:name (src/api/uploads/[name]/route.ts) serves them instead. Kept across builds:
 * pnpm start sets UPLOADS_DIR under .data.
 */
export const uploadsDir = () => path.resolve(process.env.UPLOADS_DIR ?? "uploads")

/** The URL path the local file provider puts before a file's name. */
export const UPLOADS_PATH = "/uploads"

const REQUIRED = ["S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const
const S3_VARIABLES = [...REQUIRED, "S3_ENDPOINT", "S3_PREFIX"]

const httpUrl = (value: string) => /^https?:\/\/[^/\s]+(\/\S*)?$/.test(value)

/**
 * The bucket the files go to, or null when no S3_* variable is set. Half a configuration is refused in
 * every environment: falling back to the local disk would scatter files over the servers unnoticed.
 */
export function s3Storage(env: NodeJS.ProcessEnv = process.env): S3Storage | null {
  const value = (name: string) => env[name]?.trim() || undefined
  const set = S3_VARIABLES.filter((name) => value(name))
  if (!set.length) return null
  const missing = REQUIRED.filter((name) => !value(name))
  if (missing.length)
    throw new Error(
      `Files cannot go to S3: ${set.join(", ")} ${set.length > 1 ? "are" : "is"} set but ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not. ` +
        "Set them all (see docs/DEPLOY.md), or unset every S3_* variable to keep files on this machine's disk."
    )
  const fileUrl = value("S3_FILE_URL")!.replace(/\/+$/, "")
  if (!httpUrl(fileUrl))
    throw new Error(`S3_FILE_URL must be the bucket's public http(s) address, such as https://files.ocop.vn, not "${fileUrl}".`)
  const endpoint = value("S3_ENDPOINT")
  if (endpoint && !httpUrl(endpoint))
    throw new Error(`S3_ENDPOINT must be an http(s) address, such as https://s3.example.vn, not "${endpoint}".`)
  return {
    bucket: value("S3_BUCKET")!,
    region: value("S3_REGION")!,
    access_key_id: value("S3_ACCESS_KEY_ID")!,
    secret_access_key: value("S3_SECRET_ACCESS_KEY")!,
    file_url: fileUrl,
    prefix: value("S3_PREFIX") ?? "",
    endpoint,
  }
}

/** The File Module's one provider, for medusa-config.ts. */
export function fileProvider(backendUrl: string, env: NodeJS.ProcessEnv = process.env) {
  const s3 = s3Storage(env)
  if (s3) {
    const { endpoint, ...options } = s3
    return {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      // S3-compatible servers answer at one host for every bucket (path-style addressing); AWS by bucket name.
      options: endpoint ? { ...options, endpoint, additional_client_config: { forcePathStyle: true } } : options,
    }
  }
  return {
    resolve: "@medusajs/medusa/file-local",
    id: "local",
    options: { upload_dir: uploadsDir(), private_upload_dir: uploadsDir(), backend_url: `${backendUrl}${UPLOADS_PATH}` },
  }
}

/**
 * What the provider puts before the keys of this marketplace's files: names in URLs (/uploads/:name, the
 * evidence routes) are keys without it, so that a prefix such as "ocop/" never puts a slash into them.
 */
export const keyPrefix = (env: NodeJS.ProcessEnv = process.env) => s3Storage(env)?.prefix ?? ""
