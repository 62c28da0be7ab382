import { getStampLabelSvg } from "@/lib/data/producer-portal"
import { portalDownload } from "@/modules/producer-portal/file-download"

/** One stamp's label as SVG for a professional printer (`?code=` as printed), with the member's session. */
export async function GET(request: Request) {
  const code = new URL(request.url).searchParams.get("code")?.trim()
  if (!code) return new Response("Nhập mã tem in cạnh mã QR.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } })
  return portalDownload(() => getStampLabelSvg(code), "tem.svg")
}
