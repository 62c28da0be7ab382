/**
 * The secrets that sign every login (JWT) and session cookie. Anyone who knows one can sign a token
 * claiming to be the coordination office, so a production server refuses to start without strong ones;
 * only development (`medusa develop`, tests) may fall back to a fixed, public development value.
 */
export const MIN_SECRET_LENGTH = 32

/** Values found in Medusa's starters, tutorials and .env templates: public, so never secret. */
const KNOWN_DEFAULTS = ["supersecret", "secret", "changeme", "change-me", "your-secret", "jwt_secret", "cookie_secret", "medusa"]

export const DEVELOPMENT_SECRET = "supersecret"

export type SecretName = "JWT_SECRET" | "COOKIE_SECRET"

/** What is wrong with a production secret, in one sentence; null when it is strong enough. */
export function weakSecretReason(name: SecretName, value: string | undefined): string | null {
  if (!value) return `${name} is not set`
  if (KNOWN_DEFAULTS.includes(value.trim().toLowerCase())) return `${name} is a publicly known default ("${value}")`
  if (value.length < MIN_SECRET_LENGTH)
    return `${name} is ${value.length} characters long (at least ${MIN_SECRET_LENGTH} are needed)`
  if (new Set(value).size < 8) return `${name} repeats too few different characters to be random`
  return null
}

/**
 * The JWT and cookie secrets for this process. In production every weak or missing one is named in a
 * single error, which stops the server before it answers anyone.
 */
export function signingSecrets(env: NodeJS.ProcessEnv = process.env): Record<SecretName, string> {
  const names: SecretName[] = ["JWT_SECRET", "COOKIE_SECRET"]
  if (env.NODE_ENV === "production") {
    const problems = names.map((name) => weakSecretReason(name, env[name])).filter(Boolean)
    if (problems.length) {
      throw new Error(
        `Refusing to start in production: ${problems.join("; ")}. ` +
          `Set JWT_SECRET and COOKIE_SECRET to random values of at least ${MIN_SECRET_LENGTH} characters ` +
          `(e.g. \`openssl rand -hex 32\`); \`pnpm start\` generates and keeps them in its data folder.`
      )
    }
  }
  return { JWT_SECRET: env.JWT_SECRET || DEVELOPMENT_SECRET, COOKIE_SECRET: env.COOKIE_SECRET || DEVELOPMENT_SECRET }
}
