import type { Metadata } from "next"
import { listSettlements } from "@/lib/data/producer-portal"
import SettlementsTemplate from "@/modules/producer-portal/templates/settlements-template"

export const metadata: Metadata = { title: "Đối soát / Quyết toán" }

export default async function SettlementsPage() {
  return <SettlementsTemplate statements={await listSettlements()} />
}
