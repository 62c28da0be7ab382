import { getEvidence } from "@/lib/data/producer-portal"
import { portalDownload } from "@/modules/producer-portal/file-download"

/** An evidence photo or PDF of this producer's inspections or answers, with the member's session. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params
  return portalDownload(() => getEvidence(name), null)
}
