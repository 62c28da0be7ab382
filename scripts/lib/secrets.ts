import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"] as const
export type Secrets = Record<(typeof NAMES)[number], string>

/**
 * The marketplace's secrets: taken from the environment when set, otherwise generated once (256 random
 * bits each) and kept in `<dataDir>/secrets.json`, readable by its owner only, so a restart keeps every
 * login and session valid and no two installations share a secret.
 */
export function loadOrCreateSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): Secrets {
  const file = path.join(dataDir, "secrets.json")
  const kept: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const generated = NAMES.filter((name) => !kept[name])
  for (const name of generated) kept[name] = randomBytes(32).toString("hex")
  if (generated.length) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 })
  }
  return Object.fromEntries(NAMES.map((name) => [name, env[name] || kept[name]!])) as Secrets
}
