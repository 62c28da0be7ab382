import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificatesWorkflow } from "../workflows/certification/expire-certificates"

export default async function expireCertificatesJob(container: MedusaContainer) {
  await expireCertificatesWorkflow(container).run({ input: {} })
}

export const config = {
  name: "expire-ocop-certificates",
  schedule: "0 * * * *", // hourly
}
