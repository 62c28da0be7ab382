import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"] as const
export type Secrets = Record<(typeof NAMES)[number], string>

/**
 * Next encrypts the server actions' closed-over values with this AES key (base64 of 32 bytes). Each
 * build makes its own otherwise: a form rendered by one storefront instance and posted to another (a
 * cluster), or from before a rebuild, would fail.
 */
const generate = (name: (typeof NAMES)[number]) =>
  randomBytes(32).toString(name === "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY" ? "base64" : "hex")

/**
 * The marketplace's secrets: taken from the environment when set, otherwise generated once (256 random
 * bits each) and kept in `<dataDir>/secrets.json`, readable by its owner only, so a restart keeps every
 * login and session valid and no two installations share a secret.
 */
export function loadOrCreateSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): Secrets {
  const file = path.join(dataDir, "secrets.json")
  const kept: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const generated = NAMES.filter((name) => !kept[name])
  for (const name of generated) kept[name] = generate(name)
  if (generated.length) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 })
  }
  return Object.fromEntries(NAMES.map((name) => [name, env[name] || kept[name]!])) as Secrets
}
