import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerCertificates } from "../../../queries/producer-certificates"
import { producerContext } from "../context"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  res.json({ certificates: await producerCertificates(req.scope, producer.id) })
}
