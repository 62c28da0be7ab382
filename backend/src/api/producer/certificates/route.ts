import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerContext } from "../context"
import { producerCertificates } from "./producer-certificates"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  res.json({ certificates: await producerCertificates(req.scope, producer.id) })
}
