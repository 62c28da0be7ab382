import { getStampsCsv } from "@/lib/data/producer-portal"
import { portalDownload } from "@/modules/producer-portal/file-download"

/** One batch's stamp codes for the stamp printer (`code,trace_url,status`), downloaded with the member's session. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return portalDownload(() => getStampsCsv(id), `tem-${id}.csv`)
}
