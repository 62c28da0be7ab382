import { DEFAULT_STAMP_LABEL_SIZE } from "@ocop/contracts"
import { getStampSheet } from "@/lib/data/producer-portal"
import { portalDownload } from "@/modules/producer-portal/file-download"

/** One batch's stamps as an A4 sheet of QR labels to print and cut (`?size=30|45|60`), with the member's session. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const size = new URL(request.url).searchParams.get("size") ?? DEFAULT_STAMP_LABEL_SIZE
  return portalDownload(() => getStampSheet(id, size), `tem-${id}.pdf`)
}
