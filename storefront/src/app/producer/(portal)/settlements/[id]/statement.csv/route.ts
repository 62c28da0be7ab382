import { getSettlementCsv } from "@/lib/data/producer-portal"
import { portalDownload } from "@/modules/producer-portal/file-download"

/** The statement as a spreadsheet file, downloaded with the member's session. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return portalDownload(() => getSettlementCsv(id), `quyet-toan-${id}.csv`)
}
