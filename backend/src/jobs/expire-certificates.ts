import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificatesWorkflow } from "../workflows/certification/expire-certificates"
import { hourlyAt } from "../utils/job-schedule"

export default async function expireCertificatesJob(container: MedusaContainer) {
  await expireCertificatesWorkflow(container).run({ input: {} })
}

export const config = {
  name: "expire-ocop-certificates",
  schedule: hourlyAt(0),
}
