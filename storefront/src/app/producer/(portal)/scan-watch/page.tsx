import type { Metadata } from "next"
import { listFlaggedStamps } from "@/lib/data/producer-portal"
import ScanWatchTemplate from "@/modules/producer-portal/templates/scan-watch-template"

export const metadata: Metadata = { title: "Cảnh báo tem" }

export default async function ScanWatchPage() {
  return <ScanWatchTemplate flags={await listFlaggedStamps()} />
}
