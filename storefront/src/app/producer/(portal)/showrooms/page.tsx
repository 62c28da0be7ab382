import type { Metadata } from "next"
import { listShowroomConsignments } from "@/lib/data/producer-portal"
import { portalRefusal } from "@/modules/common/backend-errors"
import ShowroomConsignmentsTemplate, {
  type ConsignmentReport,
} from "@/modules/producer-portal/templates/showroom-consignments-template"
import { parseDay } from "@ocop/contracts"

export const metadata: Metadata = { title: "Hàng ký gửi tại điểm bán" }

/** Reads the report; a period the API refuses becomes its message on the page, next to the form that set it. */
async function loadReport(period: { from?: string; to?: string }): Promise<ConsignmentReport> {
  try {
    return { ok: true, ...(await listShowroomConsignments(period)) }
  } catch (error) {
    const refusal = portalRefusal(error)
    if (refusal === null) throw error
    return { ok: false, refusal }
  }
}

export default async function ShowroomConsignmentsPage({ searchParams }: PageProps<"/producer/showrooms">) {
  const params = await searchParams
  const asked = { from: parseDay(params.from), to: parseDay(params.to) }
  return <ShowroomConsignmentsTemplate report={await loadReport(asked)} asked={asked} />
}
