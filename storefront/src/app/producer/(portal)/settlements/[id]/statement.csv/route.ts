import { getSettlementCsv } from "@/lib/data/producer-portal"
import { portalCsvDownload } from "@/modules/producer-portal/csv-download"

/** The statement as a spreadsheet file, downloaded with the member's session. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return portalCsvDownload(() => getSettlementCsv(id), `quyet-toan-${id}.csv`)
}
