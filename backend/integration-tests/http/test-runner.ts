import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { copyTemplateDatabase } from "../template-database"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

let specs = 0

/**
 * Medusa's integration test runner on a copy of the migrated, seeded template database (built once per
 * run by Jest's global setup) instead of a new database migrated from scratch; the runner then finds
 * nothing left to migrate.
 */
export function integrationTestRunner(options: RunnerOptions) {
  const dbName = `ocop-integration-${process.pid}-${++specs}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        await copyTemplateDatabase(dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
