import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getSettlement } from "@/lib/data/producer-portal"
import SettlementTemplate from "@/modules/producer-portal/templates/settlement-template"

export const metadata: Metadata = { title: "Bảng quyết toán" }

export default async function SettlementPage({ params }: PageProps<"/producer/settlements/[id]">) {
  const statement = await getSettlement((await params).id)
  if (!statement) notFound()
  return <SettlementTemplate statement={statement} />
}
