/**
 * `tsx scripts/with-database.ts <command…>`: runs a test command against a real PostgreSQL.
 *
 * DB_HOST set → that server as is (CI or a developer's own). DATABASE_URL set → that server.
 * Otherwise an embedded PostgreSQL in .data/postgres-test, stopped when the command ends.
 * Medusa's test runner reads DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD and creates its own databases.
 */
import { spawn } from "node:child_process"
import path from "node:path"
import { openDatabase } from "./lib/database.ts"
import { UserFacingError } from "./lib/errors.ts"

const ROOT = path.resolve(import.meta.dirname, "..")

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (!command) throw new UserFacingError("usage: tsx scripts/with-database.ts <command> [args…]")

  const database = process.env.DB_HOST
    ? undefined
    : await openDatabase({
        dataDir: path.join(ROOT, ".data/postgres-test"),
        port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54330),
        name: "postgres",
      })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...(database && {
      // "localhost", not 127.0.0.1: Medusa's test runner forces SSL for any other host name.
      DB_HOST: database.host === "127.0.0.1" ? "localhost" : database.host,
      DB_PORT: String(database.port),
      DB_USERNAME: database.user,
      DB_PASSWORD: database.password,
    }),
  }
  env.DB_USERNAME ??= "postgres"

  const child = spawn(command, args, { stdio: "inherit", env })
  const code = await new Promise<number>((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))))
  await database?.stop()
  process.exit(code)
}

main().catch((error) => {
  console.error(error instanceof UserFacingError ? error.message : error)
  process.exit(1)
})
