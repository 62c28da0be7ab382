import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The products the given certificates recognise (to re-sync their listing). */
export const productsOfCertificatesStep = createStep("products-of-certificates", async (ids: string[], { container }) => {
  if (!ids.length) return new StepResponse([] as string[])
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "certificate", fields: ["id", "product.id"], filters: { id: ids } })
  return new StepResponse([...new Set(data.flatMap((c) => (c.product ? [c.product.id] : [])))])
})
