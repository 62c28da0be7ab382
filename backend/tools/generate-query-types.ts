/**
 * Writes Medusa's generated types (.medusa/types) without building the app: `query.graph` then types
 * each result from the fields it asks for, so a read of a field that does not exist fails the typecheck.
 * `medusa build` does the same as its first step; the typecheck needs only this step.
 */
import { initializeContainer } from "@medusajs/medusa/loaders/index"
import { generateTypes } from "@medusajs/medusa/commands/utils/generate-types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

async function main() {
  const directory = process.cwd()
  const container = await initializeContainer(directory, { skipDbConnection: true, throwOnValidationError: false })
  await generateTypes({ directory, container, logger: container.resolve(ContainerRegistrationKeys.LOGGER) })
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
