import { getStampsCsv } from "@/lib/data/producer-portal"
import { portalCsvDownload } from "@/modules/producer-portal/csv-download"

/** One batch's stamp codes for the stamp printer (`code,trace_url,status`), downloaded with the member's session. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return portalCsvDownload(() => getStampsCsv(id), `tem-${id}.csv`)
}
