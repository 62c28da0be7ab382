import type { Metadata } from "next"
import { listInspections } from "@/lib/data/producer-portal"
import InspectionsTemplate from "@/modules/producer-portal/templates/inspections-template"

export const metadata: Metadata = { title: "Kiểm tra" }

export default async function InspectionsPage() {
  return <InspectionsTemplate inspections={await listInspections()} now={new Date()} />
}
